package nl.loket.notifications;

import java.time.Clock;
import java.util.Map;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mails: renders them and stores them in the outbox, inside the caller's transaction when
 * there is one, so a mail exists exactly when the change that caused it was committed. For this
 * module's own event listeners (accounts today, tickets later); other modules publish events
 * instead of calling it.
 */
@Service
public class Outbox {

    private final OutboxMailRepository mails;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, MailTemplates templates, MailSettings settings, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Renders {@code templates/mail/TEMPLATE.txt} and {@code .html} with the texts of {@code kind}
     * in the recipient's language and queues the mail from the sender identity of {@code purpose}.
     *
     * @return the outbox id of the queued mail
     */
    @Transactional
    public long queue(
            MailPurpose purpose,
            String template,
            String kind,
            EmailAddress recipient,
            Language language,
            Map<String, ?> variables) {
        return queue(purpose, kind, recipient, language, templates.render(template, kind, language, variables));
    }

    /** Queues a mail whose content was rendered already. */
    @Transactional
    public long queue(
            MailPurpose purpose, String kind, EmailAddress recipient, Language language, RenderedMail content) {
        return queue(purpose, MailEnvelope.DEFAULT, kind, recipient, language, content);
    }

    /**
     * Queues a mail with headers of its own (see {@link MailEnvelope}); the Message-ID's domain is
     * that of the envelope's sender when it has one.
     */
    @Transactional
    long queue(
            MailPurpose purpose,
            MailEnvelope envelope,
            String kind,
            EmailAddress recipient,
            Language language,
            RenderedMail content) {
        var sender = settings.senders().of(purpose);
        var address = sender.getAddress();
        if (envelope.from() != null) {
            address = fromAddress(envelope.from());
        }
        var domain = address.substring(address.indexOf('@') + 1);
        var mail = mails.save(new OutboxMail(
                        purpose,
                        kind,
                        sender.toUnicodeString(),
                        recipient.value(),
                        language,
                        content,
                        domain,
                        clock.instant())
                .with(envelope));
        mail.numberInThread(domain);
        return mail.id() == null ? 0 : mail.id();
    }

    private static String fromAddress(String from) {
        try {
            return new jakarta.mail.internet.InternetAddress(from, true).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("Not a sender such as 'Name <address>': " + from, e);
        }
    }

    /** The absolute URL for a path inside Loket, for links in mails. */
    public String link(String path) {
        return templates.link(path);
    }
}
