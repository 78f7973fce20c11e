package nl.loket.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the e-mail address an account signs in with: the new address must prove it receives
 * mail by a single-use link (256 random bits, only the SHA-256 hash stored) within 24 hours, and the
 * old address hears about the request and about the change.
 */
@Service
public class ChangeEmailAddress {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    public static final String CONFIRM_PATH = "/portal/account/email/confirm";

    private final AccountRepository accounts;
    private final EmailChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeEmailAddress(
            AccountRepository accounts, EmailChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a request. */
    public enum Requested {
        /** A link went to the new address (whether or not another account uses it: we do not say). */
        LINK_SENT,
        /** The new address is the current one. */
        UNCHANGED
    }

    /** What became of a confirmation. */
    public enum Confirmed {
        CHANGED,
        /** Unknown, used, superseded, expired, or meant for another account. */
        INVALID_LINK,
        /** Another account signed up with the address meanwhile. */
        TAKEN
    }

    @Transactional
    public Requested request(AccountId id, EmailAddress newEmail, Language language, @Nullable String ip) {
        var account = accounts.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No account " + id.value()));
        if (account.email().equals(newEmail)) {
            return Requested.UNCHANGED;
        }
        var now = clock.instant();
        changes.supersedePending(id.value(), now);
        var token = AccountTokens.newToken();
        changes.save(new EmailChange(id, newEmail, AccountTokens.hash(token), now, now.plus(VALID_FOR)));
        events.publishEvent(new EmailChangeRequested(
                id, account.email(), newEmail, account.displayName(), language, CONFIRM_PATH + "?token=" + token, (int)
                        VALID_FOR.toHours()));
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.EMAIL_CHANGE_REQUESTED,
                id,
                null,
                account.email().value(),
                ip,
                "to " + newEmail));
        return Requested.LINK_SENT;
    }

    /** Where a pending link would move the account to, for the confirmation page. */
    @Transactional(readOnly = true)
    public Optional<EmailAddress> pendingAddress(AccountId id, String token) {
        return changes.findByTokenHash(AccountTokens.hash(token))
                .filter(change -> change.account().equals(id) && change.isUsable(clock.instant()))
                .map(EmailChange::newEmail);
    }

    /** Follows the link: the signed-in account {@code id} gets the new address. */
    @Transactional
    public Confirmed confirm(AccountId id, String token, Language language, @Nullable String ip) {
        var now = clock.instant();
        var found = changes.findByTokenHash(AccountTokens.hash(token))
                .filter(change -> change.account().equals(id) && change.isUsable(now));
        if (found.isEmpty()) {
            return Confirmed.INVALID_LINK;
        }
        var change = found.get();
        change.use(now);
        var newEmail = change.newEmail();
        if (accounts.findByEmail(newEmail.value()).isPresent()) {
            return Confirmed.TAKEN;
        }
        var account =
                accounts.findById(id.value()).orElseThrow(() -> new IllegalStateException("No account " + id.value()));
        var oldEmail = account.email();
        account.changeEmail(newEmail);
        accounts.flush();
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.EMAIL_CHANGED, id, null, newEmail.value(), ip, "from " + oldEmail));
        events.publishEvent(new SecurityNoticeRequired(
                id, oldEmail, account.displayName(), language, SecurityNoticeRequired.Kind.EMAIL_CHANGED));
        return Confirmed.CHANGED;
    }
}
