package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    private final Throttle.Policy policy =
            new Throttle.Policy("test", 5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));

    @Test
    void the_first_four_failures_are_free_and_the_fifth_locks_for_a_minute() {
        assertThat(Throttle.lockAfter(policy, 1)).isZero();
        assertThat(Throttle.lockAfter(policy, 4)).isZero();
        assertThat(Throttle.lockAfter(policy, 5)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void every_further_failure_doubles_the_lock_up_to_the_cap() {
        assertThat(Throttle.lockAfter(policy, 6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Throttle.lockAfter(policy, 7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Throttle.lockAfter(policy, 8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Throttle.lockAfter(policy, 9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Throttle.lockAfter(policy, 1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
