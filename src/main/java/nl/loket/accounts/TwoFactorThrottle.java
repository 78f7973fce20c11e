package nl.loket.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of 2FA codes (and of the password that can switch 2FA off), per account and
 * per client address. The first few wrong answers are free; then the subject must wait one
 * minute, and every further wrong answer doubles the wait, up to a day. A right answer clears the
 * account's count; an address's count is forgotten a day after its last wrong answer.
 *
 * <p>State is kept in the database ({@code two_factor_throttle}) so that all app nodes share it.
 * This is deliberately self-contained; it can be folded into the general sign-in throttle later.
 */
@Component
class TwoFactorThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** Higher than per account: many people can share one address (an office, a mobile network). */
    static final int FREE_FAILURES_PER_ADDRESS = 20;

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofDays(1);
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TwoFactorThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the account or the address must still wait before a code is checked; empty: go ahead. */
    Optional<Duration> waitFor(AccountId account, @Nullable String ip) {
        var now = clock.instant();
        var longest = remaining(accountKey(account), now);
        if (ip != null) {
            var forAddress = remaining(addressKey(ip), now);
            if (forAddress.compareTo(longest) > 0) {
                longest = forAddress;
            }
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    /**
     * Counts a wrong answer. Runs in its own transaction, so the count stays even when the caller's
     * transaction is rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(AccountId account, @Nullable String ip) {
        var now = clock.instant();
        fail(accountKey(account), FREE_FAILURES_PER_ACCOUNT, now);
        if (ip != null) {
            fail(addressKey(ip), FREE_FAILURES_PER_ADDRESS, now);
        }
    }

    void recordSuccess(AccountId account) {
        jdbc.update("delete from two_factor_throttle where subject = ?", accountKey(account));
    }

    /** The wait after the given number of wrong answers: none, then 1, 2, 4, … minutes. */
    static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        var wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private Duration remaining(String subject, Instant now) {
        return jdbc
                .query(
                        "select blocked_until from two_factor_throttle where subject = ?",
                        (rs, row) -> rs.getTimestamp(1),
                        subject)
                .stream()
                .filter(until -> until != null && until.toInstant().isAfter(now))
                .findFirst()
                .map(until -> Duration.between(now, until.toInstant()))
                .orElse(Duration.ZERO);
    }

    private void fail(String subject, int free, Instant now) {
        // Create the row if missing (accepted by H2 and PostgreSQL alike), then count under a row lock.
        jdbc.update(
                "insert into two_factor_throttle (subject, failures, last_failure) values (?, 0, ?) on conflict do nothing",
                subject,
                Timestamp.from(now));
        var previous = jdbc.queryForObject(
                "select failures, last_failure from two_factor_throttle where subject = ? for update",
                (rs, row) -> rs.getTimestamp(2).toInstant().plus(FORGET_AFTER).isBefore(now) ? 0 : rs.getInt(1),
                subject);
        int failures = (previous == null ? 0 : previous) + 1;
        jdbc.update(
                "update two_factor_throttle set failures = ?, last_failure = ?, blocked_until = ? where subject = ?",
                failures,
                Timestamp.from(now),
                blockedUntil(failures, free, now),
                subject);
    }

    private static @Nullable Timestamp blockedUntil(int failures, int free, Instant now) {
        var wait = waitAfter(failures, free);
        return wait.isZero() ? null : Timestamp.from(now.plus(wait));
    }

    private static String accountKey(AccountId account) {
        return "account:" + account.value();
    }

    private static String addressKey(String ip) {
        return "ip:" + ip;
    }
}
