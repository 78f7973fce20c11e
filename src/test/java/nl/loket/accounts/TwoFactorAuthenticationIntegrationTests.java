package nl.loket.accounts;

import static nl.loket.accounts.TwoFactorTesting.code;
import static nl.loket.accounts.TwoFactorTesting.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import nl.loket.accounts.CodeCheck.Outcome;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class TwoFactorAuthenticationIntegrationTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    TwoFactorAuthentication twoFactor;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    private final String password = UUID.randomUUID().toString();
    private final String ip = uniqueAddress();

    @Test
    void enabling_needs_a_valid_first_code_and_answers_ten_different_recovery_codes() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();

        assertThat(twoFactor.enable(email, secret, "000000", ip).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(twoFactor.isEnabled(email)).isFalse();

        var check = twoFactor.enable(email, secret, code(secret, clock, 0), ip);

        assertThat(check.isAccepted()).isTrue();
        assertThat(check.recoveryCodes())
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}"));
        assertThat(twoFactor.status(email)).isEqualTo(new TwoFactorAuthentication.Status(true, 10, false));
        assertThat(events.stream(SecurityEvent.class).filter(e -> e.email().equals(email.value())))
                .extracting(SecurityEvent::kind)
                .containsExactly(SecurityEvent.Kind.TWO_FACTOR_FAILED, SecurityEvent.Kind.TWO_FACTOR_ENABLED);
        assertThat(events.stream(SecurityNoticeRequired.class)
                        .filter(e -> e.email().equals(email)))
                .extracting(SecurityNoticeRequired::kind)
                .containsExactly(SecurityNoticeRequired.Kind.TWO_FACTOR_ENABLED);
    }

    @Test
    void a_code_from_the_previous_step_is_accepted() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();

        assertThat(twoFactor.enable(email, secret, code(secret, clock, -1), ip).isAccepted())
                .isTrue();
    }

    @Test
    void a_code_from_the_next_step_is_accepted_once_and_a_replayed_code_is_refused() {
        var email = enabled();
        var secret = lastSecret;

        assertThat(twoFactor.verifySignIn(email, code(secret, clock, 0), ip).outcome())
                .as("the code used to enable is used up")
                .isEqualTo(Outcome.WRONG);
        var next = code(secret, clock, 1);
        assertThat(twoFactor.verifySignIn(email, next, ip).isAccepted()).isTrue();
        assertThat(twoFactor.verifySignIn(email, next, ip).outcome())
                .as("the same code again")
                .isEqualTo(Outcome.WRONG);
    }

    @Test
    void a_code_two_steps_away_is_refused() {
        var email = enabled();

        assertThat(twoFactor
                        .verifySignIn(email, code(lastSecret, clock, -2), ip)
                        .outcome())
                .isEqualTo(Outcome.WRONG);
        assertThat(twoFactor
                        .verifySignIn(email, code(lastSecret, clock, -5), ip)
                        .outcome())
                .isEqualTo(Outcome.WRONG);
    }

    @Test
    void each_recovery_code_works_once_however_it_is_typed() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();
        var codes = twoFactor.enable(email, secret, code(secret, clock, 0), ip).recoveryCodes();

        assertThat(twoFactor.verifySignIn(email, codes.get(0), ip).isAccepted()).isTrue();
        assertThat(twoFactor.verifySignIn(email, codes.get(0), ip).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(twoFactor
                        .verifySignIn(email, codes.get(1).replace("-", "").toUpperCase(), ip)
                        .isAccepted())
                .isTrue();
        assertThat(twoFactor.status(email).unusedRecoveryCodes()).isEqualTo(8);
        assertThat(events.stream(SecurityEvent.class).filter(e -> e.email().equals(email.value())))
                .extracting(SecurityEvent::kind)
                .contains(SecurityEvent.Kind.RECOVERY_CODE_USED);
    }

    @Test
    void new_recovery_codes_need_a_fresh_code_and_make_the_old_ones_worthless() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();
        var old = twoFactor.enable(email, secret, code(secret, clock, 0), ip).recoveryCodes();

        assertThat(twoFactor
                        .regenerateRecoveryCodes(email, code(secret, clock, 0), ip)
                        .outcome())
                .as("the code used to enable is used up")
                .isEqualTo(Outcome.WRONG);
        var renewed = twoFactor.regenerateRecoveryCodes(email, code(secret, clock, 1), ip);

        assertThat(renewed.recoveryCodes()).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(twoFactor.verifySignIn(email, old.get(0), ip).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(twoFactor
                        .verifySignIn(email, renewed.recoveryCodes().get(0), ip)
                        .isAccepted())
                .isTrue();
        assertThat(events.stream(SecurityNoticeRequired.class)
                        .filter(e -> e.email().equals(email)))
                .extracting(SecurityNoticeRequired::kind)
                .contains(SecurityNoticeRequired.Kind.RECOVERY_CODES_REGENERATED);
    }

    @Test
    void switching_off_needs_the_right_password_or_a_fresh_code() {
        var byPassword = enabled();

        assertThat(twoFactor.disable(byPassword, "", "not the password", ip).outcome())
                .isEqualTo(Outcome.WRONG);
        assertThat(twoFactor.disable(byPassword, "", "", ip).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(twoFactor.isEnabled(byPassword)).isTrue();
        assertThat(twoFactor.disable(byPassword, "", password, ip).isAccepted()).isTrue();
        assertThat(twoFactor.isEnabled(byPassword)).isFalse();

        var byCode = enabled();
        assertThat(twoFactor.disable(byCode, code(lastSecret, clock, 0), "", ip).outcome())
                .as("a used code is not fresh")
                .isEqualTo(Outcome.WRONG);
        assertThat(twoFactor.disable(byCode, code(lastSecret, clock, 1), "", ip).isAccepted())
                .isTrue();
        assertThat(twoFactor.isEnabled(byCode)).isFalse();
        assertThat(events.stream(SecurityNoticeRequired.class)
                        .filter(e -> e.email().equals(byCode)))
                .extracting(SecurityNoticeRequired::kind)
                .containsExactly(
                        SecurityNoticeRequired.Kind.TWO_FACTOR_ENABLED,
                        SecurityNoticeRequired.Kind.TWO_FACTOR_DISABLED);
    }

    @Test
    void after_five_wrong_codes_even_the_right_code_must_wait_and_the_wait_doubles() {
        var email = enabled();
        for (int i = 0; i < 4; i++) {
            assertThat(twoFactor.verifySignIn(email, "000000", ip).outcome()).isEqualTo(Outcome.WRONG);
        }
        assertThat(twoFactor.verifySignIn(email, "000000", ip).outcome()).isEqualTo(Outcome.WRONG);

        var blocked = twoFactor.verifySignIn(email, code(lastSecret, clock, 1), ip);

        assertThat(blocked.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(blocked.waitMinutes()).isEqualTo(1);
        assertThat(twoFactor
                        .verifySignIn(email, code(lastSecret, clock, 1), uniqueAddress())
                        .outcome())
                .as("the account is throttled from any address")
                .isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void many_wrong_codes_from_one_address_throttle_that_address_for_other_accounts_too() {
        int wrong = 0;
        while (wrong < TwoFactorThrottle.FREE_FAILURES_PER_ADDRESS) {
            // A new account every four tries, so that no account reaches its own limit.
            var email = enabled();
            for (int i = 0; i < 4 && wrong < TwoFactorThrottle.FREE_FAILURES_PER_ADDRESS; i++, wrong++) {
                assertThat(twoFactor.verifySignIn(email, "000000", ip).outcome())
                        .isEqualTo(Outcome.WRONG);
            }
        }
        var another = enabled();

        assertThat(twoFactor
                        .verifySignIn(another, code(lastSecret, clock, 1), ip)
                        .outcome())
                .isEqualTo(Outcome.THROTTLED);
        assertThat(twoFactor
                        .verifySignIn(another, code(lastSecret, clock, 1), uniqueAddress())
                        .isAccepted())
                .isTrue();
    }

    private String lastSecret = "";

    /** A new customer with 2FA switched on (with the current step's code). */
    private EmailAddress enabled() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        lastSecret = twoFactor.newSecret();
        assertThat(twoFactor
                        .enable(email, lastSecret, code(lastSecret, clock, 0), uniqueAddress())
                        .isAccepted())
                .isTrue();
        return email;
    }
}
