package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTests {

    @Test
    void a_dutch_postcode_is_written_as_the_post_office_writes_it() {
        var address = new PostalAddress(" Dorpsstraat 1 ", "1234ab", " Zeewolde ", "nl");

        assertThat(address.postcode()).isEqualTo("1234 AB");
        assertThat(address.country()).isEqualTo("NL");
        assertThat(address.street()).isEqualTo("Dorpsstraat 1");
        assertThat(address.city()).isEqualTo("Zeewolde");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "123 AB", "1234 A", "12345", "1234 SA", "1234 SS", "ABCD EF", ""})
    void something_that_is_no_dutch_postcode_is_refused(String postcode) {
        assertThat(PostalAddress.isValidPostcode("NL", postcode)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new PostalAddress("Straat 1", postcode, "Plaats", "NL"));
    }

    @ParameterizedTest
    @CsvSource({"BE, 1000", "DE, 10115", "LU, 1234", "FR, 75001", "GB, SW1A 1AA", "NL, 9999 zz"})
    void postcodes_of_the_other_countries_follow_their_own_shape(String country, String postcode) {
        assertThat(PostalAddress.isValidPostcode(country, postcode)).isTrue();
    }

    @Test
    void a_country_we_do_not_serve_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PostalAddress("Straat 1", "1234", "Plaats", "XX"));
    }

    @Test
    void a_birth_date_lies_in_the_past_and_after_1900() {
        var today = LocalDate.of(2026, 11, 21);

        assertThat(PersonalDetails.isValidBirthDate(LocalDate.of(1980, 5, 1), today))
                .isTrue();
        assertThat(PersonalDetails.isValidBirthDate(today, today)).isFalse();
        assertThat(PersonalDetails.isValidBirthDate(today.plusDays(1), today)).isFalse();
        assertThat(PersonalDetails.isValidBirthDate(LocalDate.of(1899, 12, 31), today))
                .isFalse();
    }
}
