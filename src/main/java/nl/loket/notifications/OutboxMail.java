package nl.loket.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * One rendered e-mail in the outbox, from the moment its cause was stored until it was sent or given
 * up on. Claiming and delivery bookkeeping run as conditional SQL updates in {@link OutboxSender};
 * this class holds the content and what an administrator may change: sending a failed mail again.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private MailPurpose purpose;

    private String kind;
    private String sender;
    private String recipient;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String subject;
    private String textBody;
    private String htmlBody;
    private String messageId;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String claimedBy;
    private @Nullable Instant claimedUntil;
    private @Nullable Instant sentAt;
    private @Nullable Instant failedAt;
    private @Nullable String lastError;
    private @Nullable String replyTo;
    private @Nullable String inReplyTo;

    @Column(name = "references_header")
    private @Nullable String references;

    private @Nullable String threadKey;

    protected OutboxMail() {
        this.purpose = MailPurpose.ACCOUNT;
        this.kind = "";
        this.sender = "";
        this.recipient = "";
        this.language = Language.NL;
        this.subject = "";
        this.textBody = "";
        this.htmlBody = "";
        this.messageId = "";
        this.createdAt = Instant.EPOCH;
        this.nextAttemptAt = Instant.EPOCH;
    }

    OutboxMail(
            MailPurpose purpose,
            String kind,
            String sender,
            String recipient,
            Language language,
            RenderedMail content,
            String senderDomain,
            Instant now) {
        this.purpose = purpose;
        this.kind = kind;
        this.sender = sender;
        this.recipient = recipient;
        this.language = language;
        this.subject = content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        // Fixed at creation, so that a mail sent twice after a crash can be recognised as one.
        this.messageId = "<" + UUID.randomUUID() + "@" + senderDomain + ">";
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sets From, Reply-To and threading headers; call before the mail is first saved. */
    OutboxMail with(MailEnvelope envelope) {
        if (envelope.from() != null) {
            this.sender = envelope.from();
        }
        this.replyTo = envelope.replyTo();
        this.inReplyTo = envelope.inReplyTo();
        this.references = envelope.references();
        this.threadKey = envelope.threadKey();
        return this;
    }

    /**
     * Once the mail has its id, a threaded mail gets the Message-ID {@code <THREAD-ID@domain>}
     * (still fixed before any attempt to send it).
     */
    void numberInThread(String senderDomain) {
        if (threadKey != null && id != null) {
            this.messageId = "<" + threadKey + "-" + id + "@" + senderDomain + ">";
        }
    }

    /** An administrator asks for a mail that was given up on to be tried again from the start. */
    void sendAgain(Instant now) {
        if (failedAt == null) {
            throw new IllegalStateException("Only a failed mail can be sent again");
        }
        failedAt = null;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    OutboxEntry.Status status() {
        if (sentAt != null) {
            return OutboxEntry.Status.SENT;
        }
        return failedAt != null ? OutboxEntry.Status.FAILED : OutboxEntry.Status.WAITING;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(
                id == null ? 0 : id,
                status(),
                purpose,
                kind,
                sender,
                recipient,
                language,
                subject,
                textBody,
                htmlBody,
                messageId,
                createdAt,
                attempts,
                nextAttemptAt,
                sentAt,
                failedAt,
                lastError);
    }

    @Nullable
    Long id() {
        return id;
    }
}
