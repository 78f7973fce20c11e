package nl.loket.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication with TOTP (RFC 6238): enrolment, checking codes at sign-in, recovery
 * codes, switching it off, and the staff roles that must use it. Every code check is throttled per
 * account and client address, refuses replayed codes, and publishes a {@link SecurityEvent}; changes
 * the account holder must hear about also publish a {@link SecurityNoticeRequired}.
 */
@Service
public class TwoFactorAuthentication {

    /** The roles an administrator can require 2FA for: every role but customer. */
    public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.CUSTOMER));

    private final AccountRepository accounts;
    private final TwoFactorStore store;
    private final TwoFactorThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorAuthentication(
            AccountRepository accounts,
            TwoFactorStore store,
            TwoFactorThrottle throttle,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** What the security page shows about an account's 2FA. */
    public record Status(boolean enabled, int unusedRecoveryCodes, boolean requiredByRole) {}

    @Transactional(readOnly = true)
    public Status status(EmailAddress email) {
        var account = find(email);
        var enabled = store.find(account.id()).isPresent();
        return new Status(enabled, enabled ? store.unusedRecoveryCodes(account.id()) : 0, isRequiredFor(account));
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(EmailAddress email) {
        return accounts.findByEmail(email.value())
                .map(account -> store.find(account.id()).isPresent())
                .orElse(false);
    }

    /** Whether the account's roles require 2FA and it has not enrolled yet. */
    @Transactional(readOnly = true)
    public boolean mustEnrol(EmailAddress email) {
        return accounts.findByEmail(email.value())
                .filter(account -> store.find(account.id()).isEmpty())
                .map(this::isRequiredFor)
                .orElse(false);
    }

    /** A new random secret, base32-encoded, for an enrolment that is still to be confirmed. */
    public String newSecret() {
        return Base32.encode(Totp.newSecret());
    }

    /** The URI authenticator apps read from the QR code (Google's Key Uri Format). */
    public String otpauthUri(EmailAddress email, String issuer, String secret) {
        var label = encode(issuer) + ":" + encode(email.value());
        return "otpauth://totp/" + label + "?secret=" + secret.replace("=", "") + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** Switches 2FA on when {@code code} is a valid code of {@code secret}; answers ten recovery codes. */
    @Transactional
    public CodeCheck enable(EmailAddress email, String secret, String code, @Nullable String ip) {
        var account = find(email);
        if (store.find(account.id()).isPresent()) {
            return CodeCheck.notAllowed();
        }
        var wait = throttle.waitFor(account.id(), ip);
        if (wait.isPresent()) {
            return CodeCheck.throttled(wait.get());
        }
        byte[] key;
        try {
            key = Base32.decode(secret);
        } catch (IllegalArgumentException notOurs) {
            return CodeCheck.notAllowed();
        }
        var step = Totp.matchingStep(key, code.strip(), clock.instant());
        if (step.isEmpty() || key.length != Totp.SECRET_BYTES) {
            return failed(account, ip, "enrolment");
        }
        throttle.recordSuccess(account.id());
        store.insert(account.id(), key, step.getAsLong(), clock.instant());
        var codes = newRecoveryCodes(account);
        record(SecurityEvent.Kind.TWO_FACTOR_ENABLED, account, ip, "");
        notice(account, SecurityNoticeRequired.Kind.TWO_FACTOR_ENABLED);
        return CodeCheck.accepted(codes);
    }

    /** The second step of sign-in: a code from the app or an unused recovery code. */
    @Transactional
    public CodeCheck verifySignIn(EmailAddress email, String input, @Nullable String ip) {
        var account = find(email);
        var wait = throttle.waitFor(account.id(), ip);
        if (wait.isPresent()) {
            return CodeCheck.throttled(wait.get());
        }
        if (RecoveryCodes.looksLikeOne(input)) {
            if (!store.useRecoveryCode(account.id(), RecoveryCodes.hash(input), clock.instant())) {
                return failed(account, ip, "sign-in recovery code");
            }
            throttle.recordSuccess(account.id());
            record(
                    SecurityEvent.Kind.RECOVERY_CODE_USED,
                    account,
                    ip,
                    store.unusedRecoveryCodes(account.id()) + " left");
            record(SecurityEvent.Kind.SIGN_IN_SUCCEEDED, account, ip, "second step: recovery code");
            return CodeCheck.accepted();
        }
        if (!checkTotp(account, input)) {
            return failed(account, ip, "sign-in");
        }
        record(SecurityEvent.Kind.SIGN_IN_SUCCEEDED, account, ip, "second step: code from the app");
        return CodeCheck.accepted();
    }

    /** Replaces the recovery codes; needs a fresh code from the app. */
    @Transactional
    public CodeCheck regenerateRecoveryCodes(EmailAddress email, String code, @Nullable String ip) {
        var account = find(email);
        if (store.find(account.id()).isEmpty()) {
            return CodeCheck.notAllowed();
        }
        var wait = throttle.waitFor(account.id(), ip);
        if (wait.isPresent()) {
            return CodeCheck.throttled(wait.get());
        }
        if (!checkTotp(account, code)) {
            return failed(account, ip, "recovery codes");
        }
        var codes = newRecoveryCodes(account);
        record(SecurityEvent.Kind.RECOVERY_CODES_REGENERATED, account, ip, "");
        notice(account, SecurityNoticeRequired.Kind.RECOVERY_CODES_REGENERATED);
        return CodeCheck.accepted(codes);
    }

    /**
     * Switches 2FA off; needs a fresh code from the app or the account's password (for someone who
     * lost the phone but is still signed in). Refused while a role of the account requires 2FA.
     */
    @Transactional
    public CodeCheck disable(EmailAddress email, String code, String password, @Nullable String ip) {
        var account = find(email);
        if (store.find(account.id()).isEmpty() || isRequiredFor(account)) {
            return CodeCheck.notAllowed();
        }
        var wait = throttle.waitFor(account.id(), ip);
        if (wait.isPresent()) {
            return CodeCheck.throttled(wait.get());
        }
        var proven = !code.isBlank()
                ? checkTotp(account, code)
                : !password.isEmpty() && passwordEncoder.matches(password, account.passwordHash());
        if (!proven) {
            return failed(account, ip, code.isBlank() ? "disable with password" : "disable");
        }
        store.delete(account.id());
        record(SecurityEvent.Kind.TWO_FACTOR_DISABLED, account, ip, code.isBlank() ? "with password" : "with code");
        notice(account, SecurityNoticeRequired.Kind.TWO_FACTOR_DISABLED);
        return CodeCheck.accepted();
    }

    @Transactional(readOnly = true)
    public Set<Role> requiredRoles() {
        return store.requiredRoles();
    }

    /** Sets the staff roles that must use 2FA; members who have not enrolled must do so at their next sign-in. */
    @Transactional
    public void requireFor(Set<Role> roles, EmailAddress administrator, @Nullable String ip) {
        if (!STAFF_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("2FA can be required for staff roles only");
        }
        var before = store.requiredRoles();
        var after = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (before.equals(after)) {
            return;
        }
        store.replaceRequiredRoles(after);
        var actor = find(administrator);
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.TWO_FACTOR_REQUIRED_CHANGED,
                null,
                actor.id(),
                actor.email().value(),
                ip,
                "required for: "
                        + (after.isEmpty()
                                ? "none"
                                : after.stream().map(Role::name).collect(Collectors.joining(", ")))));
    }

    private boolean checkTotp(Account account, String code) {
        var enrolment = store.find(account.id());
        if (enrolment.isEmpty()) {
            return false;
        }
        var step = Totp.matchingStep(enrolment.get().secret(), code.strip(), clock.instant());
        // A code of a step already used (or older) is a replay, even within its 90 seconds.
        if (step.isEmpty() || !store.advanceStep(account.id(), step.getAsLong())) {
            return false;
        }
        throttle.recordSuccess(account.id());
        return true;
    }

    private CodeCheck failed(Account account, @Nullable String ip, String where) {
        throttle.recordFailure(account.id(), ip);
        record(SecurityEvent.Kind.TWO_FACTOR_FAILED, account, ip, where);
        return CodeCheck.wrong();
    }

    private List<String> newRecoveryCodes(Account account) {
        var codes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(
                account.id(), codes.stream().map(RecoveryCodes::hash).toList(), clock.instant());
        return codes;
    }

    private boolean isRequiredFor(Account account) {
        var required = store.requiredRoles();
        return account.roles().stream().anyMatch(required::contains);
    }

    private Account find(EmailAddress email) {
        return accounts.findByEmail(email.value())
                .orElseThrow(() -> new IllegalArgumentException("No account for " + email.value()));
    }

    private void record(SecurityEvent.Kind kind, Account account, @Nullable String ip, String detail) {
        events.publishEvent(
                new SecurityEvent(kind, account.id(), null, account.email().value(), ip, detail));
    }

    private void notice(Account account, SecurityNoticeRequired.Kind kind) {
        events.publishEvent(new SecurityNoticeRequired(
                account.id(),
                account.email(),
                account.displayName(),
                Language.of(LocaleContextHolder.getLocale()),
                kind));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
