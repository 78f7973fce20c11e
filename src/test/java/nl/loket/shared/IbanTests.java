package nl.loket.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTests {

    @Test
    void an_iban_is_stored_without_spaces_in_capitals_and_shown_in_groups_of_four() {
        var iban = Iban.of(" nl91 abna 0417 1643 00 ");

        assertThat(iban.value()).isEqualTo("NL91ABNA0417164300");
        assertThat(iban.grouped()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(iban).isEqualTo(Iban.of("NL91ABNA0417164300"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA0417164300",
                "NL44RABO0123456789",
                "BE68539007547034",
                "DE89370400440532013000",
                "GB29NWBK60161331926819",
                "FR1420041010050500013M02606"
            })
    void numbers_with_correct_check_digits_are_accepted(String candidate) {
        assertThat(Iban.isValid(candidate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "NL92ABNA0417164300", // wrong check digits
                "NL91ABNA0417164301", // one digit mistyped
                "NL91ABNA041716430", // too short for the Netherlands
                "NL91ABNA04171643000", // too long for the Netherlands
                "1234567890",
                "NL91 ABNA 0417 1643 0!"
            })
    void a_mistyped_number_is_refused(String candidate) {
        assertThat(Iban.isValid(candidate)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Iban.of(candidate));
    }
}
