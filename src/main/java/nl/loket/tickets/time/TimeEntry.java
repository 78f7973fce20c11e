package nl.loket.tickets.time;

import java.time.Instant;
import java.time.LocalDate;
import nl.loket.accounts.AccountId;

/**
 * Time one agent logged on a ticket, for staff (it names the agent).
 *
 * @param day the Dutch calendar day the work was done
 * @param rateCents the rate per block when it was logged, in cents (also kept for included time)
 */
public record TimeEntry(
        long id,
        long ticketId,
        AccountId agent,
        String agentName,
        LocalDate day,
        int minutes,
        boolean billable,
        String description,
        long rateCents,
        Instant createdAt) {}
