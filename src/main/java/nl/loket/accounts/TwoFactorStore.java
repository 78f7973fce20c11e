package nl.loket.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 2FA tables: an account's TOTP secret with its last accepted step, its recovery codes (hashes
 * only), and the staff roles that must use 2FA. The step and the recovery codes are changed by
 * conditional updates, so two nodes accepting the same code at once cannot both succeed.
 */
@Repository
class TwoFactorStore {

    /** An account's confirmed 2FA. */
    record Enrolment(byte[] secret, long lastUsedStep, Instant enabledAt) {}

    private final JdbcTemplate jdbc;

    TwoFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrolment> find(AccountId account) {
        return jdbc
                .query(
                        "select secret, last_used_step, enabled_at from two_factor where account_id = ?",
                        (rs, row) -> new Enrolment(
                                Base32.decode(rs.getString(1)),
                                rs.getLong(2),
                                rs.getTimestamp(3).toInstant()),
                        account.value())
                .stream()
                .findFirst();
    }

    void insert(AccountId account, byte[] secret, long usedStep, Instant now) {
        jdbc.update(
                "insert into two_factor (account_id, secret, last_used_step, enabled_at) values (?, ?, ?, ?)",
                account.value(),
                Base32.encode(secret),
                usedStep,
                Timestamp.from(now));
    }

    /** Records {@code step} as used; false when it (or a later step) was used already: a replay. */
    boolean advanceStep(AccountId account, long step) {
        return jdbc.update(
                        "update two_factor set last_used_step = ? where account_id = ? and last_used_step < ?",
                        step,
                        account.value(),
                        step)
                == 1;
    }

    void delete(AccountId account) {
        jdbc.update("delete from recovery_code where account_id = ?", account.value());
        jdbc.update("delete from two_factor where account_id = ?", account.value());
    }

    void replaceRecoveryCodes(AccountId account, List<String> hashes, Instant now) {
        jdbc.update("delete from recovery_code where account_id = ?", account.value());
        for (var hash : hashes) {
            jdbc.update(
                    "insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)",
                    account.value(),
                    hash,
                    Timestamp.from(now));
        }
    }

    /** Marks the code with this hash used; false when there is no such unused code. */
    boolean useRecoveryCode(AccountId account, String hash, Instant now) {
        return jdbc.update(
                        "update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
                        Timestamp.from(now),
                        account.value(),
                        hash)
                == 1;
    }

    int unusedRecoveryCodes(AccountId account) {
        var count = jdbc.queryForObject(
                "select count(*) from recovery_code where account_id = ? and used_at is null",
                Integer.class,
                account.value());
        return count == null ? 0 : count;
    }

    Set<Role> requiredRoles() {
        var roles = EnumSet.noneOf(Role.class);
        jdbc.query("select role from two_factor_required_role", rs -> {
            roles.add(Role.valueOf(rs.getString(1)));
        });
        return roles;
    }

    void replaceRequiredRoles(Set<Role> roles) {
        jdbc.update("delete from two_factor_required_role");
        for (var role : roles) {
            jdbc.update("insert into two_factor_required_role (role) values (?)", role.name());
        }
    }
}
