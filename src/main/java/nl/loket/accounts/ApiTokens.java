package nl.loket.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens of staff: made, listed and revoked by their holder, and checked on every API
 * request that carries one. A token is {@value #PREFIX} followed by 256 random bits (URL-safe
 * Base64); only its SHA-256 is stored, so the token is shown once, when it is made. It works only
 * while it is neither revoked nor expired and its holder is active staff, and then only for the
 * scopes its holder's current roles allow. Making and revoking a token is in the audit log.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so that secret scanners and people recognise it. */
    public static final String PREFIX = "lkt_";

    public static final int MAX_NAME_LENGTH = 100;

    /** Tokens a holder can have that are neither revoked nor expired. */
    public static final int MAX_ACTIVE_TOKENS = 20;

    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final int HINT_LENGTH = 4;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final TwoFactorAuthentication twoFactor;
    private final ApplicationEventPublisher events;
    private final ApiTokenSettings settings;
    private final Clock clock;

    ApiTokens(
            JdbcTemplate jdbc,
            AccountRepository accounts,
            TwoFactorAuthentication twoFactor,
            ApplicationEventPublisher events,
            ApiTokenSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A token as its holder sees it in the list; the token itself is not kept. */
    public record Token(
            long id,
            String name,
            String hint,
            Set<ApiScope> scopes,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant lastUsedAt) {

        public Token {
            scopes = scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
        }

        public boolean isExpired(Instant now) {
            return !expiresAt.isAfter(now);
        }

        /** The last day (in Amsterdam) on which the token works. */
        public LocalDate lastDay() {
            return expiresAt.minusSeconds(1).atZone(AuditLog.ZONE).toLocalDate();
        }

        /** How the token starts, for telling tokens apart: {@code lkt_Ab3x…}. */
        public String preview() {
            return PREFIX + hint + "…";
        }
    }

    /** A token just made: {@code secret} is shown once and is never readable again. */
    public record Created(Token token, String secret) {}

    /**
     * What the holder asks for.
     *
     * @param expiresOn the last day (in Amsterdam) on which the token works; {@code null} for the default
     */
    public record NewToken(String name, Set<ApiScope> scopes, @Nullable LocalDate expiresOn) {}

    /** A request the rules refuse; {@code field} is the form field, {@code messageKey} the text. */
    public static final class InvalidTokenRequest extends RuntimeException {

        private final String field;
        private final String messageKey;

        public InvalidTokenRequest(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A token that passed every check, with what it may do now. */
    record Authenticated(long tokenId, String email, Set<Role> roles, Set<ApiScope> scopes, Token token) {}

    /** The scopes the holder's roles allow; none for customers, who cannot make tokens. */
    @Transactional(readOnly = true)
    public Set<ApiScope> scopesFor(EmailAddress holder) {
        return accounts.findByEmail(holder.value())
                .filter(Account::isStaff)
                .map(account -> ApiScope.allowedFor(account.roles()))
                .orElse(Set.of());
    }

    /** The expiry date a new token gets unless another is chosen. */
    public LocalDate defaultExpiry() {
        return today().plusDays(settings.defaultValidity().toDays());
    }

    /** The earliest expiry date a new token may get: today (it then works until midnight). */
    public LocalDate earliestExpiry() {
        return today();
    }

    /** The latest expiry date a new token may get. */
    public LocalDate latestExpiry() {
        return today().plusDays(settings.maximumValidity().toDays());
    }

    /** The holder's tokens that are not revoked (expired ones included), newest first. */
    @Transactional(readOnly = true)
    public List<Token> of(EmailAddress holder) {
        var account = staff(holder);
        return jdbc.query(
                "select * from api_token where account_id = ? and revoked_at is null order by created_at desc, id desc",
                ApiTokens::token,
                account.id().value());
    }

    /**
     * Makes a token for a member of staff.
     *
     * @throws InvalidTokenRequest when the name, scopes or expiry date break the rules
     * @throws AccessDeniedException when the holder is not active staff
     */
    @Transactional
    public Created create(EmailAddress holder, NewToken request, @Nullable String ip) {
        var account = staff(holder);
        var name = request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidTokenRequest("name", "accounts.api-tokens.error.name-missing");
        }
        if (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidTokenRequest("name", "accounts.api-tokens.error.name-invalid");
        }
        if (request.scopes().isEmpty()) {
            throw new InvalidTokenRequest("scopes", "accounts.api-tokens.error.scopes-missing");
        }
        if (!ApiScope.allowedFor(account.roles()).containsAll(request.scopes())) {
            throw new InvalidTokenRequest("scopes", "accounts.api-tokens.error.scope-not-allowed");
        }
        var expiresOn = request.expiresOn() == null ? defaultExpiry() : request.expiresOn();
        if (expiresOn.isBefore(earliestExpiry()) || expiresOn.isAfter(latestExpiry())) {
            throw new InvalidTokenRequest("expiresOn", "accounts.api-tokens.error.expiry-out-of-range");
        }
        var now = clock.instant();
        var active = jdbc.queryForObject(
                "select count(*) from api_token where account_id = ? and revoked_at is null and expires_at > ?",
                Integer.class,
                account.id().value(),
                Timestamp.from(now));
        if (active != null && active >= MAX_ACTIVE_TOKENS) {
            throw new InvalidTokenRequest("name", "accounts.api-tokens.error.too-many");
        }
        var secret = PREFIX + AccountTokens.newToken();
        var scopes = EnumSet.copyOf(request.scopes());
        var expiresAt = expiresOn.plusDays(1).atStartOfDay(AuditLog.ZONE).toInstant();
        var hint = secret.substring(PREFIX.length(), PREFIX.length() + HINT_LENGTH);
        jdbc.update(
                "insert into api_token (account_id, name, token_hash, token_hint, scopes, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                account.id().value(),
                name,
                AccountTokens.hash(secret),
                hint,
                join(scopes),
                Timestamp.from(now),
                Timestamp.from(expiresAt));
        var id = jdbc.queryForObject(
                "select id from api_token where token_hash = ?", Long.class, AccountTokens.hash(secret));
        var token = new Token(id == null ? 0 : id, name, hint, scopes, now, expiresAt, null);
        publish(SecurityEvent.Kind.API_TOKEN_CREATED, account, ip, describe(token));
        return new Created(token, secret);
    }

    /** Revokes one of the holder's own tokens at once; false when they have no such token. */
    @Transactional
    public boolean revoke(EmailAddress holder, long tokenId, @Nullable String ip) {
        var account = staff(holder);
        var token = jdbc
                .query(
                        "select * from api_token where id = ? and account_id = ? and revoked_at is null",
                        ApiTokens::token,
                        tokenId,
                        account.id().value())
                .stream()
                .findFirst();
        if (token.isEmpty()) {
            return false;
        }
        jdbc.update(
                "update api_token set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()),
                tokenId);
        publish(SecurityEvent.Kind.API_TOKEN_REVOKED, account, ip, describe(token.get()));
        return true;
    }

    /**
     * The token's holder and what the token may do now, when it is well-formed, known, not revoked,
     * not expired, and its holder is active staff who may work (no forced password reset, no
     * missing 2FA their role requires). Notes when it was last used, to the minute.
     */
    @Transactional
    Optional<Authenticated> authenticate(String secret) {
        if (!FORMAT.matcher(secret).matches()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var found = jdbc
                .query(
                        "select * from api_token where token_hash = ? and revoked_at is null and expires_at > ?",
                        (row, index) -> new Found(row.getLong("account_id"), token(row, index)),
                        AccountTokens.hash(secret),
                        Timestamp.from(now))
                .stream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var holder = accounts.findById(found.get().account())
                .filter(account -> account.canSignIn() && account.isStaff())
                .filter(account -> !twoFactor.mustEnrol(account.email()));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        var token = found.get().token();
        var roles = holder.get().roles();
        var scopes = token.scopes().stream()
                .filter(scope -> scope.isAllowedFor(roles))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
        jdbc.update(
                "update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
                Timestamp.from(now),
                token.id(),
                Timestamp.from(now.minus(LAST_USE_PRECISION)));
        return Optional.of(new Authenticated(token.id(), holder.get().email().value(), roles, scopes, token));
    }

    private record Found(long account, Token token) {}

    private Account staff(EmailAddress holder) {
        return accounts.findByEmail(holder.value())
                .filter(account -> account.isStaff() && account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new AccessDeniedException("Only active staff have API tokens"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AuditLog.ZONE));
    }

    private void publish(SecurityEvent.Kind kind, Account account, @Nullable String ip, String detail) {
        events.publishEvent(
                new SecurityEvent(kind, account.id(), null, account.email().value(), ip, detail));
    }

    private static String describe(Token token) {
        return "\"" + token.name() + "\" (" + token.preview() + "), scopes " + join(token.scopes()) + ", until "
                + token.lastDay();
    }

    private static String join(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    private static Token token(ResultSet row, int index) throws SQLException {
        var scopes = Arrays.stream(row.getString("scopes").split(" "))
                .map(ApiScope::of)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
        var lastUsed = row.getTimestamp("last_used_at");
        return new Token(
                row.getLong("id"),
                row.getString("name"),
                row.getString("token_hint"),
                scopes,
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
