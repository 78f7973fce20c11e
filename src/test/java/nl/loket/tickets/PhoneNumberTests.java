package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "06 12345678        | +31612345678 | 0612345678",
                "06-12 34 56 78     | +31612345678 | 0612345678",
                "020 123 4567       | +31201234567 | 0201234567",
                "+31 (0)6 1234 5678 | +31612345678 | 0612345678",
                "0031 6 12345678    | +31612345678 | 0612345678",
                "(050) 123.45.67    | +31501234567 | 0501234567",
                "+32 470 12 34 56   | +32470123456 | +32470123456",
                "+49 30 1234567     | +49301234567 | +49301234567"
            })
    void numbers_are_understood_as_people_type_them_and_shown_as_a_colleague_dials_them(
            String typed, String international, String shown) {
        var number = PhoneNumber.parse(typed).orElseThrow();

        assertThat(number.value()).isEqualTo(international);
        assertThat(number.display()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "bel me",
                "0612345",
                "06123456789",
                "+31 06 12345678",
                "+3161234567",
                "12345678",
                "+0 123456789",
                "06 1234567x",
                "+1234567"
            })
    void what_cannot_be_a_number_to_call_is_refused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }
}
