package nl.loket.tickets.time;

import java.util.List;

/**
 * The billable time of a ticket as its customer sees it: per day the blocks, the amount and what
 * was done. It has no agent in it by construction (docs/adr/0010: staff are the team).
 */
public record CustomerTime(List<TicketDay> days, int blocks, long amountCents) {

    public CustomerTime {
        days = List.copyOf(days);
    }

    static CustomerTime of(List<TicketDay> days) {
        return new CustomerTime(
                days,
                days.stream().mapToInt(TicketDay::blocks).sum(),
                days.stream().mapToLong(TicketDay::amountCents).sum());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
