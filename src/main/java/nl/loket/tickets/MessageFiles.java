package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The history's value columns hold 200 characters. */
    private static final int HISTORY_VALUE = 200;

    private final AttachmentStore store;
    private final TicketMessageRepository messages;
    private final TicketHistory history;

    MessageFiles(AttachmentStore store, TicketMessageRepository messages, TicketHistory history) {
        this.store = store;
        this.messages = messages;
        this.history = history;
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

    /**
     * The files of a mail: each one the policy accepts is attached to the message; each refused one
     * is noted in the ticket's history (name and reason), so that no file goes missing silently.
     */
    void keepFromMail(List<InboundAttachment> attachments, long ticketId, long messageId, Instant now) {
        if (attachments.isEmpty()) {
            return;
        }
        var receipt = store.storeAll(attachments.stream().map(Upload::of).toList());
        attach(receipt.ids(), ticketId, messageId);
        for (var rejection : receipt.rejected()) {
            history.record(
                    ticketId,
                    Actor.system(),
                    new Ticket.Change(
                            "ATTACHMENT_REFUSED",
                            Ticket.shorten(rejection.fileName(), HISTORY_VALUE),
                            rejection.messageKey()),
                    now);
        }
    }

    List<AttachedFile> of(TicketMessage message) {
        return store.ofMessage(message.id()).stream().map(MessageFiles::listed).toList();
    }

    /** All files of a ticket by the id of their message, read at once for the desk's whole conversation. */
    Map<Long, List<AttachedFile>> byMessage(long ticketId) {
        return store.ofTicket(ticketId).stream()
                .filter(file -> file.messageId() != null)
                .collect(Collectors.groupingBy(
                        file -> Objects.requireNonNull(file.messageId()),
                        Collectors.mapping(MessageFiles::listed, Collectors.toList())));
    }

    private static AttachedFile listed(Attachment file) {
        return new AttachedFile(file.id().value(), file.fileName(), file.size(), file.contentType());
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
