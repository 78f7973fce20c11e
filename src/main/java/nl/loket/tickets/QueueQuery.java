package nl.loket.tickets;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agent asks of the queue. Every part narrows it; {@code after} is the cursor of the
 * previous page ({@link QueuePage#next()}), so paging never counts or skips rows.
 *
 * @param department a department code, or {@code null} for all departments
 * @param statuses the statuses to show (empty: every status)
 * @param priority only this priority, or {@code null} for any
 * @param due which tickets by their service level's due time (see {@link Due})
 */
public record QueueQuery(
        @Nullable String department,
        Set<TicketStatus> statuses,
        @Nullable TicketPriority priority,
        Ownership ownership,
        Due due,
        Sort sort,
        @Nullable String after) {

    public QueueQuery {
        statuses = statuses.isEmpty() ? EnumSet.allOf(TicketStatus.class) : EnumSet.copyOf(statuses);
    }

    /** The default queue: the active tickets of one department (or all), oldest first. */
    public static QueueQuery active(@Nullable String department) {
        return new QueueQuery(department, TicketStatus.ACTIVE, null, Ownership.ALL, Due.ALL, Sort.AGE, null);
    }

    /** Whose tickets: everyone's, the agent's own, or nobody's yet. */
    public enum Ownership {
        ALL,
        MINE,
        UNASSIGNED
    }

    /**
     * Tickets by their due time ({@code sla_due_at}, {@code sla_warn_at}: the earliest of the running
     * clocks): all of them, those past their warning time (breached ones included), or those past
     * their due time. A ticket without a running clock (paused, no level) is neither.
     */
    public enum Due {
        ALL,
        AT_RISK,
        BREACHED
    }

    /**
     * The order of the queue: oldest first, most recently changed first, most urgent first (then
     * oldest), or first due first (tickets without a due time after all others, by id).
     */
    public enum Sort {
        AGE,
        LAST_UPDATE,
        PRIORITY,
        DUE
    }
}
