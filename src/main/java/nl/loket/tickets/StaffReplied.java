package nl.loket.tickets;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Staff answered the customer (an internal note is no reply and publishes nothing). The mail shows
 * the team as author, the answer, the status after it and the earlier conversation.
 *
 * @param earlier the customer-visible messages before this one, newest first (at most a few)
 * @param answersMessageId the Message-ID of the customer's latest mail, when it came by e-mail
 */
public record StaffReplied(
        TicketMailContext mail,
        String text,
        TicketStatus status,
        List<ConversationEntry> earlier,
        @Nullable String answersMessageId) {

    public StaffReplied {
        earlier = List.copyOf(earlier);
    }
}
