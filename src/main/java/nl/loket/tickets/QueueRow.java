package nl.loket.tickets;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One ticket in an agent's queue.
 *
 * @param dueAt the earliest due time of the ticket's running service level clocks; null when none
 *     runs (no level, paused while waiting for the customer or on hold, all stopped)
 * @param warnAt the earliest warning time of those clocks; null like {@code dueAt}
 */
public record QueueRow(
        TicketNumber number,
        String subject,
        String departmentCode,
        TicketStatus status,
        TicketPriority priority,
        String requesterName,
        @Nullable AccountId assignee,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant dueAt,
        @Nullable Instant warnAt) {

    /** Where the ticket stands against its due time at {@code now}. */
    public Deadline deadline(Instant now) {
        if (dueAt == null) {
            return Deadline.NONE;
        }
        if (!now.isBefore(dueAt)) {
            return Deadline.BREACHED;
        }
        return warnAt != null && !now.isBefore(warnAt) ? Deadline.AT_RISK : Deadline.ON_TIME;
    }

    /** No running clock, due later, past the warning time, or past the due time. */
    public enum Deadline {
        NONE,
        ON_TIME,
        AT_RISK,
        BREACHED
    }
}
