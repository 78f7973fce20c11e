package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle on the real table: on H2 by an insert, a locking read and an update, on PostgreSQL by
 * one upsert; both must count and lock alike.
 */
@DatabaseTest
@LoketIntegrationTest
class ThrottleIntegrationTests {

    @Autowired
    Throttle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void failures_are_free_until_the_limit_then_each_doubles_the_lock_up_to_the_cap() {
        var policy = policy(3, Duration.ofDays(1));
        var subject = "198.51.100.1";

        assertThat(throttle.recordFailure(policy, subject)).isZero();
        assertThat(throttle.recordFailure(policy, subject)).isZero();
        assertThat(throttle.lockedFor(policy, subject)).isEmpty();
        assertThat(throttle.recordFailure(policy, subject)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.recordFailure(policy, subject)).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.recordFailure(policy, subject)).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.recordFailure(policy, subject)).isEqualTo(Duration.ofMinutes(4));

        assertThat(throttle.lockedFor(policy, subject)).hasValueSatisfying(wait -> assertThat(wait)
                .isGreaterThan(Duration.ofMinutes(3))
                .isLessThanOrEqualTo(Duration.ofMinutes(4)));
        assertThat(throttle.lockedFor(policy, "198.51.100.2")).isEmpty();
    }

    @Test
    void a_subject_whose_last_failure_is_forgotten_starts_counting_again() {
        var policy = policy(2, Duration.ofHours(1));
        throttle.recordFailure(policy, "gast@klant.loket.test");
        throttle.recordFailure(policy, "gast@klant.loket.test");
        assertThat(throttle.lockedFor(policy, "gast@klant.loket.test")).isPresent();

        clock.advance(Duration.ofHours(2));

        assertThat(throttle.lockedFor(policy, "gast@klant.loket.test")).isEmpty();
        assertThat(throttle.recordFailure(policy, "gast@klant.loket.test")).isZero();
        assertThat(failures(policy, "gast@klant.loket.test")).isEqualTo(1);
    }

    @Test
    void a_failure_stays_counted_when_the_callers_work_is_rolled_back() {
        var policy = policy(1, Duration.ofDays(1));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            throttle.recordFailure(policy, "203.0.113.5");
            status.setRollbackOnly();
        });

        assertThat(failures(policy, "203.0.113.5")).isEqualTo(1);
        assertThat(throttle.lockedFor(policy, "203.0.113.5")).isPresent();
    }

    @Test
    void failures_counted_at_the_same_time_are_all_counted() throws Exception {
        var policy = policy(1_000, Duration.ofDays(1));
        var tasks = new ArrayList<Callable<Duration>>();
        for (int i = 0; i < 40; i++) {
            tasks.add(() -> throttle.recordFailure(policy, "203.0.113.6"));
        }

        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }

        assertThat(failures(policy, "203.0.113.6")).isEqualTo(40);
    }

    /** A scope of its own per test: the throttle table is shared by every test. */
    private static Throttle.Policy policy(int freeAttempts, Duration forgetAfter) {
        return new Throttle.Policy(
                "test-" + UUID.randomUUID(), freeAttempts, Duration.ofMinutes(1), Duration.ofMinutes(4), forgetAfter);
    }

    private int failures(Throttle.Policy policy, String subject) {
        return jdbc.queryForObject(
                "select failures from attempt_throttle where throttle_key = ?",
                Integer.class,
                AccountTokens.hash(policy.scope() + ":" + subject));
    }
}
