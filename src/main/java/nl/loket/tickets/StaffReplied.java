package nl.loket.tickets;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Staff answered the customer (an internal note is no reply and publishes nothing). The mail shows
 * the team as author, the answer, the status after it and the earlier conversation.
 *
 * @param earlier the customer-visible messages before this one, newest first (at most a few)
 * @param answersMessageId the Message-ID of the customer's latest mail, when it came by e-mail
 * @param files the reply's files; the mail links each one ({@link TicketMailContext#attachmentPath})
 */
public record StaffReplied(
        TicketMailContext mail,
        String text,
        TicketStatus status,
        List<ConversationEntry> earlier,
        @Nullable String answersMessageId,
        List<AttachedFile> files) {

    public StaffReplied {
        earlier = List.copyOf(earlier);
        files = List.copyOf(files);
    }
}
