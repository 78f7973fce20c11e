package nl.loket.tickets;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a ticket's history, for staff: who did what when.
 *
 * @param change {@code OPENED}, {@code STATUS}, {@code PRIORITY}, {@code ASSIGNEE},
 *     {@code STAFF_REPLIED}, {@code NOTE_ADDED}, {@code CUSTOMER_REPLIED} or {@code FOLLOW_UP_OF}
 * @param oldValue the value before (a status or priority name, an account id), if any
 * @param newValue the value after, if any
 * @param reason why, for changes that need a reason (a service level change)
 */
public record HistoryEntry(
        Instant at,
        AuthorKind actorKind,
        @Nullable AccountId actor,
        String actorName,
        String change,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason) {}
