package nl.loket.accounts;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing: counts failed attempts per subject (an e-mail address as typed, a client
 * address, an account's 2FA codes) in the database, so that all app nodes see the same count, and
 * locks the subject for a while once a policy's free attempts are used up, twice as long with every
 * further failure, up to the policy's cap. Whether the subject exists plays no part, so the answer
 * never tells an attacker which addresses have accounts.
 *
 * <p>Each call runs in a transaction of its own: a failure is counted even when the caller's work
 * is rolled back. On PostgreSQL a failure is counted by one statement (an upsert that also sets the
 * lock), which needs no transaction of its own when the caller has none; H2 rejects {@code on
 * conflict (column)}, so there it takes an insert, a locking read and an update.
 */
@Component
public class Throttle {

    /**
     * How lenient a throttle is.
     *
     * @param scope names the counter, such as {@code sign-in-email}; subjects of different scopes
     *     never share a count
     * @param freeAttempts failures allowed before the first lock
     * @param firstLock how long the first lock lasts; each further failure doubles it
     * @param maximumLock the longest lock
     * @param forgetAfter a count starts over when its last failure is this long ago
     */
    public record Policy(
            String scope, int freeAttempts, Duration firstLock, Duration maximumLock, Duration forgetAfter) {}

    /** The count after this failure: 1 when the row is new or its last failure is forgotten. */
    private static final String FAILURES_AFTER = "(case when t.last_failure_at < ? then 1 else t.failures + 1 end)";

    /** One statement: count, and lock as {@link #lockAfter} does, the lock's milliseconds as doubles. */
    private static final String UPSERT =
            """
            insert into attempt_throttle as t (throttle_key, failures, last_failure_at, locked_until)
            values (?, 1, ?, ?)
            on conflict (throttle_key) do update set
                failures = %1$s,
                last_failure_at = excluded.last_failure_at,
                locked_until = case when %1$s < ? then null
                    else excluded.last_failure_at
                        + least(? * power(2, least(%1$s - ?, 30)), ?) * interval '1 millisecond' end
            returning failures"""
                    .formatted(FAILURES_AFTER);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile @Nullable Boolean upserts;

    Throttle(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long the subject is still locked, if it is. */
    public Optional<Duration> lockedFor(Policy policy, String subject) {
        var now = clock.instant();
        return jdbc
                .query(
                        "select locked_until from attempt_throttle where throttle_key = ?",
                        (row, index) -> row.getTimestamp("locked_until"),
                        key(policy, subject))
                .stream()
                .filter(until -> until != null && until.toInstant().isAfter(now))
                .findFirst()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /**
     * How long the subject, or the other subject of the other policy (when there is one), is still
     * locked: the longer of the two, if either is; one query for both.
     */
    public Optional<Duration> lockedFor(
            Policy policy, String subject, Policy otherPolicy, @Nullable String otherSubject) {
        if (otherSubject == null) {
            return lockedFor(policy, subject);
        }
        var now = clock.instant();
        var until = jdbc.queryForObject(
                "select max(locked_until) from attempt_throttle where throttle_key in (?, ?) and locked_until > ?",
                Timestamp.class,
                key(policy, subject),
                key(otherPolicy, otherSubject),
                Timestamp.from(now));
        return Optional.ofNullable(until).map(found -> Duration.between(now, found.toInstant()));
    }

    /** Counts a failure; returns the lock it caused ({@link Duration#ZERO} while attempts are free). */
    public Duration recordFailure(Policy policy, String subject) {
        var key = key(policy, subject);
        if (!upserts()) {
            var result = ownTransaction.execute(status -> count(policy, key));
            return result == null ? Duration.ZERO : result;
        }
        // One statement commits on its own; inside the caller's transaction it would share its fate.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return upsert(policy, key);
        }
        var result = ownTransaction.execute(status -> upsert(policy, key));
        return result == null ? Duration.ZERO : result;
    }

    /** Forgets the subject's failures, after a success. */
    public void reset(Policy policy, String subject) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.update("delete from attempt_throttle where throttle_key = ?", key(policy, subject)));
    }

    private Duration count(Policy policy, String key) {
        var now = clock.instant();
        // Accepted by H2 (PostgreSQL mode) and PostgreSQL alike; a row made meanwhile by another node stays.
        jdbc.update(
                "insert into attempt_throttle (throttle_key, failures, last_failure_at) values (?, 0, ?)"
                        + " on conflict do nothing",
                key,
                Timestamp.from(now));
        var previous = jdbc.queryForObject(
                "select failures, last_failure_at from attempt_throttle where throttle_key = ? for update",
                (row, index) -> new Previous(
                        row.getInt("failures"),
                        row.getTimestamp("last_failure_at").toInstant()),
                key);
        var failures = previous == null || previous.isStale(policy, now) ? 1 : previous.failures() + 1;
        var lock = lockAfter(policy, failures);
        jdbc.update(
                "update attempt_throttle set failures = ?, last_failure_at = ?, locked_until = ? where throttle_key = ?",
                failures,
                Timestamp.from(now),
                lock.isZero() ? null : Timestamp.from(now.plus(lock)),
                key);
        return lock;
    }

    private Duration upsert(Policy policy, String key) {
        var now = clock.instant();
        var forgottenBefore = Timestamp.from(now.minus(policy.forgetAfter()));
        var firstLock = lockAfter(policy, 1);
        var failures = jdbc.queryForObject(
                UPSERT,
                Integer.class,
                key,
                Timestamp.from(now),
                // Typed, so that a null needs no round trip to ask the database for its type.
                new SqlParameterValue(Types.TIMESTAMP, firstLock.isZero() ? null : Timestamp.from(now.plus(firstLock))),
                forgottenBefore,
                forgottenBefore,
                policy.freeAttempts(),
                (double) policy.firstLock().toMillis(),
                forgottenBefore,
                policy.freeAttempts(),
                (double) policy.maximumLock().toMillis());
        return lockAfter(policy, failures == null ? 1 : failures);
    }

    /** Whether the database takes {@code insert … on conflict (column) do update}: PostgreSQL does. */
    private boolean upserts() {
        var known = upserts;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                    connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
            upserts = known;
        }
        return known;
    }

    /** No lock while attempts are free; then the first lock, doubled per further failure, capped. */
    static Duration lockAfter(Policy policy, int failures) {
        if (failures < policy.freeAttempts()) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - policy.freeAttempts(), 30);
        var lock = policy.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(policy.maximumLock()) > 0 ? policy.maximumLock() : lock;
    }

    private static String key(Policy policy, String subject) {
        return AccountTokens.hash(policy.scope() + ":" + subject);
    }

    private record Previous(int failures, Instant lastFailure) {

        boolean isStale(Policy policy, Instant now) {
            return lastFailure.plus(policy.forgetAfter()).isBefore(now);
        }
    }
}
