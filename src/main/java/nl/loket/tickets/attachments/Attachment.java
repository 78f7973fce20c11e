package nl.loket.tickets.attachments;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored upload.
 *
 * @param fileName the sanitised name it was uploaded with
 * @param contentType the type Loket determined from its extension and content (never the sender's claim)
 * @param size in bytes
 * @param sha256 of the content, in hex; uploads with the same content share one file
 * @param ticketId the ticket it is attached to; {@code null} until the ticket module attaches it
 * @param messageId the message it belongs to, if any
 */
public record Attachment(
        AttachmentId id,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String storageKey,
        Instant createdAt,
        @Nullable Long ticketId,
        @Nullable Long messageId) {

    public boolean isAttached() {
        return ticketId != null;
    }
}
