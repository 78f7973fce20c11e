package nl.loket.notifications;

import java.util.HashMap;
import java.util.Locale;
import nl.loket.accounts.EmailChangeRequested;
import nl.loket.accounts.EmailConfirmationRequested;
import nl.loket.accounts.PasswordResetRequested;
import nl.loket.accounts.SecurityNoticeRequired;
import nl.loket.accounts.StaffInvited;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the accounts module, from the account identity. Plain {@link EventListener}s on
 * purpose: they run inside the transaction that published the event, so the mail is stored if and
 * only if the change (a token, a new address) is committed. A mail that cannot be rendered fails
 * that change rather than getting lost.
 */
@Component
class AccountMails {

    static final String TEMPLATE = "account";

    private final Outbox outbox;

    AccountMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(EmailConfirmationRequested event) {
        queue("email-confirmation", event.email(), event.name(), event.language(), event.path(), event.validForHours());
    }

    @EventListener
    void on(StaffInvited event) {
        queue("staff-invitation", event.email(), event.name(), event.language(), event.path(), event.validForHours());
    }

    @EventListener
    void on(PasswordResetRequested event) {
        var kind = event.forcedByAdministrator() ? "password-reset-forced" : "password-reset";
        queue(kind, event.email(), event.name(), event.language(), event.path(), event.validForMinutes());
    }

    @EventListener
    void on(EmailChangeRequested event) {
        queue(
                "email-change-confirmation",
                event.newEmail(),
                event.name(),
                event.language(),
                event.path(),
                event.validForHours());
        // The old address hears of it too, without the link: whoever reads that mailbox cannot confirm.
        queue("email-change-notice", event.oldEmail(), event.name(), event.language(), null, 0);
    }

    @EventListener
    void on(SecurityNoticeRequired event) {
        queue(securityKind(event.kind()), event.email(), event.name(), event.language(), null, 0);
    }

    static String securityKind(SecurityNoticeRequired.Kind kind) {
        return "security-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void queue(
            String kind, EmailAddress to, String name, Language language, @Nullable String path, int validFor) {
        var variables = new HashMap<String, Object>();
        variables.put("name", name.strip());
        variables.put("validFor", validFor);
        if (path != null) {
            variables.put("link", outbox.link(path));
        }
        outbox.queue(MailPurpose.ACCOUNT, TEMPLATE, kind, to, language, variables);
    }
}
