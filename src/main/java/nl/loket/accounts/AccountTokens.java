package nl.loket.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-use links for account holders: 256 random bits, URL-safe, of which only the SHA-256 is
 * stored. Issuing a token for a purpose voids the account's earlier unused tokens for it, so only
 * the latest mail works.
 */
@Component
class AccountTokens {

    enum Purpose {
        CONFIRM_EMAIL,
        ACCEPT_INVITATION,
        RESET_PASSWORD
    }

    /** A token that was valid when it was looked up. */
    record Valid(long id, AccountId account) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private static final SecureRandom RANDOM = new SecureRandom();

    AccountTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new token and returns it in the clear, for the link; it is never readable again. */
    String issue(AccountId account, Purpose purpose, Duration validity) {
        var now = clock.instant();
        jdbc.update(
                "update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null",
                Timestamp.from(now),
                account.value(),
                purpose.name());
        var token = newToken();
        jdbc.update(
                "insert into account_token (account_id, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)",
                account.value(),
                purpose.name(),
                hash(token),
                Timestamp.from(now),
                Timestamp.from(now.plus(validity)));
        return token;
    }

    /** The token when it exists for this purpose, is unused and has not expired; nothing is changed. */
    Optional<Valid> find(String token, Purpose purpose) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select id, account_id from account_token where token_hash = ? and purpose = ?"
                                + " and used_at is null and expires_at > ?",
                        (row, index) -> new Valid(row.getLong("id"), new AccountId(row.getLong("account_id"))),
                        hash(token),
                        purpose.name(),
                        Timestamp.from(clock.instant()))
                .stream()
                .findFirst();
    }

    /**
     * Marks the token used; false when another request used it first (the update is conditional,
     * so two simultaneous clicks cannot both succeed).
     */
    boolean use(Valid token) {
        return jdbc.update(
                        "update account_token set used_at = ? where id = ? and used_at is null",
                        Timestamp.from(clock.instant()),
                        token.id())
                == 1;
    }

    /** Finds and uses a token in one step. */
    Optional<AccountId> consume(String token, Purpose purpose) {
        return find(token, purpose).filter(this::use).map(Valid::account);
    }

    /** 256 random bits, URL-safe: the secret part of every link Loket mails. */
    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token or code: its SHA-256, in hex; the token itself never. */
    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
