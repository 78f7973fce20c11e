package nl.loket.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @Test
    void an_address_in_capitals_and_with_spaces_is_the_same_person() {
        assertThat(EmailAddress.of("  Jan.Jansen@Example.NL ")).isEqualTo(EmailAddress.of("jan.jansen@example.nl"));
        assertThat(EmailAddress.of("Jan@Example.nl").value()).isEqualTo("jan@example.nl");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "jan", "jan@", "@example.nl", "jan@@example.nl", "jan @example.nl", "jan@example."})
    void something_that_cannot_receive_mail_is_refused(String candidate) {
        assertThat(EmailAddress.isValid(candidate)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"info@pcpatrol.nl", "helpdesk+ticket-123@example.co.uk", "admin@localhost"})
    void ordinary_addresses_are_accepted(String candidate) {
        assertThat(EmailAddress.isValid(candidate)).isTrue();
    }

    @Test
    void an_address_longer_than_mail_allows_is_refused() {
        assertThat(EmailAddress.isValid("a".repeat(320) + "@example.nl")).isFalse();
    }
}
