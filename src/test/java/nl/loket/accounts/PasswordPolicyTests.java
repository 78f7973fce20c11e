package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import nl.loket.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy("Zeewind Hosting");
    private final EmailAddress jan = EmailAddress.of("jan.jansen@example.nl");

    @Test
    void a_password_of_nine_characters_is_too_short_and_ten_are_enough() {
        assertThat(policy.check("kort-maar9", jan)).isEmpty();
        assertThat(policy.check("123456789", jan)).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("zeilboot9", jan)).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void long_passphrases_are_welcome_up_to_a_generous_maximum() {
        var passphrase = "de kat van de buren zit weer op ons dak en kijkt naar de meeuwen";
        assertThat(policy.check(passphrase, jan)).isEmpty();
        assertThat(policy.check("a".repeat(200) + "bcdefghijklmnopqrstuvwxyz", jan))
                .isEmpty();
        assertThat(policy.check("x".repeat(PasswordPolicy.MAXIMUM_PASSWORD_LENGTH + 1), jan))
                .contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void very_common_passwords_are_refused_in_any_letter_case() {
        assertThat(policy.check("wachtwoord123", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("WachtWoord2024!", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("Welkom01!!", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("qwertyuiop", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("1234567890", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("PASSWORD123", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void the_providers_own_name_with_some_digits_is_refused() {
        assertThat(policy.check("ZeewindHosting2026", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(policy.check("zeewind hosting!!", jan)).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void the_holders_own_email_address_or_its_name_part_is_refused() {
        assertThat(policy.check("jan.jansen@example.nl", jan)).contains(PasswordPolicy.Problem.CONTAINS_EMAIL);
        assertThat(policy.check("JAN.JANSEN@EXAMPLE.NL!", jan)).contains(PasswordPolicy.Problem.CONTAINS_EMAIL);
        assertThat(policy.check("jan.jansen2024", jan)).contains(PasswordPolicy.Problem.CONTAINS_EMAIL);
        assertThat(policy.check("jan.jansen2024", EmailAddress.of("piet@example.nl")))
                .isEmpty();
    }

    @Test
    void enforcing_a_refused_password_names_the_problem() {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                PasswordRejectedException.class, () -> policy.enforce("wachtwoord1", jan));
        assertThat(thrown.problem()).isEqualTo(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(thrown.problem().messageKey()).isEqualTo("accounts.password.too-common");
    }
}
