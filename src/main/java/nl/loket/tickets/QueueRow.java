package nl.loket.tickets;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/** One ticket in an agent's queue. */
public record QueueRow(
        TicketNumber number,
        String subject,
        String departmentCode,
        TicketStatus status,
        TicketPriority priority,
        String requesterName,
        @Nullable AccountId assignee,
        Instant createdAt,
        Instant updatedAt) {}
