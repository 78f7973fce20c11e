package nl.loket.tickets.time;

import java.time.LocalDate;
import java.util.List;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.TicketRecords.TicketRef;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's time as the desk shows it: every entry with its agent, the billable ticket-days with
 * blocks and amounts, the totals, and the viewing agent's own timer.
 *
 * @param viewer the agent looking at it (their own entries are theirs to change)
 * @param myTimer the viewing agent's timer, when it runs on this ticket
 * @param timerElsewhere the viewing agent's timer, when it runs on another ticket
 */
public record TimeSheet(
        TicketRef ticket,
        List<TimeEntry> entries,
        List<TicketDay> days,
        Totals totals,
        AccountId viewer,
        @Nullable RunningTimer myTimer,
        @Nullable RunningTimer timerElsewhere,
        LocalDate today) {

    public TimeSheet {
        entries = List.copyOf(entries);
        days = List.copyOf(days);
    }

    /** All minutes, the billable and included part, and what the billable part costs. */
    public record Totals(int minutes, int billableMinutes, int includedMinutes, int blocks, long amountCents) {

        static Totals of(List<TimeEntry> entries, List<TicketDay> days) {
            var billable = entries.stream()
                    .filter(TimeEntry::billable)
                    .mapToInt(TimeEntry::minutes)
                    .sum();
            var all = entries.stream().mapToInt(TimeEntry::minutes).sum();
            return new Totals(
                    all,
                    billable,
                    all - billable,
                    days.stream().mapToInt(TicketDay::blocks).sum(),
                    days.stream().mapToLong(TicketDay::amountCents).sum());
        }
    }
}
