package nl.loket.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten, reset and changed passwords. A reset link works once, for an hour, and only the newest
 * one; a new password ends the account's other sessions (all of them after a reset) and the holder
 * gets a notice by mail.
 */
@Service
public class Passwords {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final Throttle throttle;
    private final SignInSettings signIn;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Sessions sessions,
            Throttle throttle,
            SignInSettings signIn,
            ApplicationEventPublisher events,
            Clock clock) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of setting a password by a link. */
    public enum LinkResult {
        DONE,
        INVALID_LINK
    }

    /**
     * Mails a reset link when the address belongs to an active account; does nothing visible
     * otherwise, so the caller answers the same either way.
     */
    @Transactional
    public void requestReset(EmailAddress email) {
        accounts.findByEmail(email.value())
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .ifPresent(account -> sendResetLink(account, false));
    }

    /** Whether a reset link can still be used (to show the form, or an explanation instead). */
    @Transactional(readOnly = true)
    public boolean resetLinkIsValid(String token) {
        return tokens.find(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password by a reset link and ends every session of the account.
     *
     * @throws PasswordRejectedException when the policy refuses the password (the link stays valid)
     */
    @Transactional
    public LinkResult reset(String token, String newPassword) {
        var valid = tokens.find(token, AccountTokens.Purpose.RESET_PASSWORD);
        var account = valid.flatMap(found -> accounts.findById(found.account().value()));
        if (account.isEmpty() || account.get().status() != AccountStatus.ACTIVE) {
            return LinkResult.INVALID_LINK;
        }
        policy.enforce(newPassword, account.get().email());
        if (!tokens.use(valid.get())) {
            return LinkResult.INVALID_LINK;
        }
        var holder = account.get();
        holder.changePassword(encoder.encode(newPassword), clock.instant());
        sessions.endAll(holder.email().value());
        throttle.reset(signIn.perAddress(), holder.email().value());
        publish(SecurityEvent.Kind.PASSWORD_RESET_COMPLETED, holder, null, "");
        events.publishEvent(new SecurityNoticeRequired(
                holder.id(),
                holder.email(),
                holder.displayName(),
                holder.language(),
                SecurityNoticeRequired.Kind.PASSWORD_CHANGED));
        return LinkResult.DONE;
    }

    /** Why a signed-in password change was refused. */
    public enum ChangeResult {
        DONE,
        WRONG_CURRENT_PASSWORD
    }

    /**
     * Changes the password of a signed-in holder who knows the current one, and ends their other
     * sessions ({@code currentSessionId} stays).
     *
     * @throws PasswordRejectedException when the policy refuses the new password
     */
    @Transactional
    public ChangeResult change(
            EmailAddress email, String currentPassword, String newPassword, @Nullable String currentSessionId) {
        var account = accounts.findByEmail(email.value()).orElseThrow();
        if (account.passwordHash().isEmpty() || !encoder.matches(currentPassword, account.passwordHash())) {
            publish(SecurityEvent.Kind.SIGN_IN_FAILED, account, null, "wrong current password on password change");
            return ChangeResult.WRONG_CURRENT_PASSWORD;
        }
        policy.enforce(newPassword, account.email());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        var ended = sessions.endAllExcept(account.email().value(), currentSessionId);
        publish(SecurityEvent.Kind.PASSWORD_CHANGED, account, null, "other sessions ended: " + ended);
        events.publishEvent(new SecurityNoticeRequired(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                SecurityNoticeRequired.Kind.PASSWORD_CHANGED));
        return ChangeResult.DONE;
    }

    /** An administrator forces a reset: sign-in stops working until the holder sets a new password. */
    @Transactional
    public void forceReset(AccountId id, AccountId administrator) {
        var account = accounts.findById(id.value()).orElseThrow();
        account.requirePasswordReset();
        sessions.endAll(account.email().value());
        publish(SecurityEvent.Kind.PASSWORD_RESET_FORCED, account, administrator, "");
        if (account.status() == AccountStatus.ACTIVE) {
            sendResetLink(account, true);
        }
    }

    /** Signs out every other session of a signed-in holder (the current one stays). */
    public int signOutEverywhereElse(EmailAddress email, String currentSessionId) {
        var ended = sessions.endAllExcept(email.value(), currentSessionId);
        Optional<Account> account = accounts.findByEmail(email.value());
        account.ifPresent(
                holder -> publish(SecurityEvent.Kind.SIGNED_OUT_ELSEWHERE, holder, null, "sessions ended: " + ended));
        return ended;
    }

    private void sendResetLink(Account account, boolean forced) {
        var token = tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD, RESET_VALIDITY);
        if (!forced) {
            publish(SecurityEvent.Kind.PASSWORD_RESET_REQUESTED, account, null, "");
        }
        events.publishEvent(new PasswordResetRequested(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                "/password/reset?token=" + token,
                (int) RESET_VALIDITY.toMinutes(),
                forced));
    }

    private void publish(SecurityEvent.Kind kind, Account account, @Nullable AccountId actor, String detail) {
        events.publishEvent(
                new SecurityEvent(kind, account.id(), actor, account.email().value(), ClientAddress.current(), detail));
    }
}
