package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A service level clock of a ticket ran past its due time; exactly one node claimed it, so the
 * staff hear of it once per cycle. For staff only: it names the ticket's assignee and is meant for
 * {@code recipients}, the assignee and the department's members (or, when the department has none,
 * every active colleague who works with customers), never for the customer.
 *
 * @param clock the clock's name: {@code FIRST_RESPONSE}, {@code NEXT_RESPONSE} or {@code RESOLUTION}
 * @param guaranteed whether the level guarantees its targets (rather than best effort)
 * @param assignee the ticket's assignee, or {@code null} when nobody has it
 * @param recipients the staff to tell, without duplicates, the assignee first
 */
public record ServiceLevelBreached(
        TicketNumber number,
        String subject,
        DepartmentView department,
        String levelName,
        String clock,
        Instant due,
        boolean guaranteed,
        @Nullable AccountId assignee,
        List<AccountId> recipients) {

    public ServiceLevelBreached {
        recipients = List.copyOf(recipients);
    }
}
