package nl.loket.tickets.time;

import java.time.LocalDate;
import java.util.List;

/**
 * The billable time of one ticket on one Dutch calendar day, as charged: no agent in it, so it can
 * be shown to the customer as it is.
 *
 * @param rateCents the rate per block of the day's first billable entry, in cents
 * @param amountCents blocks times that rate
 * @param descriptions what was done, one per distinct entry description
 */
public record TicketDay(
        long ticketId,
        LocalDate day,
        int billableMinutes,
        int blocks,
        long rateCents,
        long amountCents,
        List<String> descriptions) {

    public TicketDay {
        descriptions = List.copyOf(descriptions);
    }

    public String description() {
        return String.join("; ", descriptions);
    }
}
