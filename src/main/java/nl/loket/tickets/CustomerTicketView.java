package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as its customer sees it: no internal notes, no agent names (staff appear as
 * {@code teamName}), no history.
 *
 * @param open whether the customer can still reply and close it
 * @param mergedInto the ticket this one was merged into (its pages lead there), or null
 */
public record CustomerTicketView(
        TicketNumber number,
        String subject,
        DepartmentView department,
        TicketStatus status,
        String requesterName,
        EmailAddress requesterEmail,
        boolean guest,
        Instant createdAt,
        Instant updatedAt,
        String teamName,
        List<ConversationEntry> conversation,
        boolean open,
        @Nullable TicketNumber mergedInto) {

    public CustomerTicketView {
        conversation = List.copyOf(conversation);
    }

    /** Subject and first message, for the FAQ suggestions on the confirmation page. */
    public String question() {
        return conversation.isEmpty()
                ? subject
                : subject + "\n" + conversation.getFirst().text();
    }
}
