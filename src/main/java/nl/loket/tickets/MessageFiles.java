package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import nl.loket.tickets.attachments.Attachment;
import nl.loket.tickets.attachments.AttachmentId;
import nl.loket.tickets.attachments.AttachmentStore;
import nl.loket.tickets.attachments.Upload;
import org.springframework.stereotype.Component;

/**
 * The files of ticket messages: stored with the policy and attached to the ticket and message in
 * the caller's transaction, listed per message, and found for a download only when they belong to
 * the ticket asked for (and, for customers, not to an internal note).
 */
@Component
class MessageFiles {

    private final AttachmentStore store;
    private final TicketMessageRepository messages;

    MessageFiles(AttachmentStore store, TicketMessageRepository messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * Stores all uploads, or none.
     *
     * @throws AttachmentsRefused when one is refused; the caller's transaction then rolls back
     */
    List<AttachmentId> storeAllOrNone(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        var receipt = store.storeAll(uploads);
        if (!receipt.allAccepted()) {
            throw new AttachmentsRefused(receipt.rejected());
        }
        return receipt.ids();
    }

    void attach(List<AttachmentId> ids, long ticketId, long messageId) {
        if (!ids.isEmpty()) {
            store.attach(ids, ticketId, messageId);
        }
    }

    List<AttachedFile> of(TicketMessage message) {
        return store.ofMessage(message.id()).stream()
                .map(file -> new AttachedFile(file.id().value(), file.fileName(), file.size()))
                .toList();
    }

    /** The attachment, when it belongs to this ticket and (unless staff ask) to no internal note. */
    Optional<Attachment> find(long ticketId, long attachmentId, boolean staff) {
        return store.find(new AttachmentId(attachmentId))
                .filter(file -> file.ticketId() != null && file.ticketId() == ticketId)
                .filter(file -> staff || visibleToCustomer(file));
    }

    private boolean visibleToCustomer(Attachment file) {
        var messageId = file.messageId();
        return messageId != null
                && messages.findById(messageId)
                        .map(message -> !message.internal())
                        .orElse(false);
    }
}
