package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TwoFactorThrottleTests {

    @Test
    void the_first_wrong_answers_are_free_then_the_wait_starts_at_a_minute_and_doubles_up_to_a_day() {
        assertThat(TwoFactorThrottle.waitAfter(4, 5)).isZero();
        assertThat(TwoFactorThrottle.waitAfter(5, 5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TwoFactorThrottle.waitAfter(6, 5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(TwoFactorThrottle.waitAfter(7, 5)).isEqualTo(Duration.ofMinutes(4));
        assertThat(TwoFactorThrottle.waitAfter(16, 5)).isEqualTo(Duration.ofDays(1));
        assertThat(TwoFactorThrottle.waitAfter(1000, 5)).isEqualTo(Duration.ofDays(1));
    }
}
