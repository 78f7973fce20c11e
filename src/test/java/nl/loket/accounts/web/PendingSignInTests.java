package nl.loket.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class PendingSignInTests {

    @Test
    void a_sign_in_waiting_for_its_code_expires_after_five_minutes() {
        var start = Instant.parse("2026-11-21T12:00:00Z");
        var pending = new PendingSignIn(UsernamePasswordAuthenticationToken.authenticated("a@b.nl", null, null), start);

        assertThat(pending.isExpired(start.plusSeconds(299))).isFalse();
        assertThat(pending.isExpired(start.plusSeconds(300))).isTrue();
    }
}
