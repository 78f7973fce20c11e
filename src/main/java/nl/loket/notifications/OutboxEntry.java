package nl.loket.notifications;

import java.time.Instant;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** What administrators see of one outbox mail at {@code /admin/outbox}. */
public record OutboxEntry(
        long id,
        Status status,
        MailPurpose purpose,
        String kind,
        String sender,
        String recipient,
        Language language,
        String subject,
        String textBody,
        String htmlBody,
        String messageId,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError) {

    /** Where a mail is: waiting to be sent (again), sent, or given up on after too many failures. */
    public enum Status {
        WAITING,
        SENT,
        FAILED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
