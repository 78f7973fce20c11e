package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as the desk shows it to staff: the whole conversation, internal notes and history, and
 * the ticket it was merged into, if any, and its service level with its clocks (null for a ticket
 * from before service levels).
 */
public record AgentTicketView(
        TicketNumber number,
        String subject,
        DepartmentView department,
        TicketStatus status,
        TicketPriority priority,
        String requesterName,
        EmailAddress requesterEmail,
        @Nullable AccountId customer,
        Language language,
        @Nullable AccountId assignee,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<AgentMessage> messages,
        List<HistoryEntry> history,
        @Nullable TicketNumber mergedInto,
        @Nullable TicketServiceLevel serviceLevel) {

    public AgentTicketView {
        messages = List.copyOf(messages);
        history = List.copyOf(history);
    }

    public boolean closed() {
        return status == TicketStatus.CLOSED;
    }

    /** The id of the newest message (0 when there is none): how far a page of this view has seen. */
    public SeenUpTo seen() {
        return new SeenUpTo(messages.stream().mapToLong(AgentMessage::id).max().orElse(0));
    }
}
