package nl.loket.tickets.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.TicketRecords;
import nl.loket.tickets.TicketRecords.TicketRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billable time per month, for invoicing until billing exists: per customer (a customer account,
 * or for guests their e-mail address) every billable ticket-day with its blocks and amount. No agent
 * names: the same lines are what the customer sees in the portal.
 */
@Service
public class BillableTimeReport {

    /** One billable ticket-day with its ticket. */
    public record Line(TicketRef ticket, TicketDay day) {}

    /**
     * One customer's lines in a month.
     *
     * @param key {@code account:<id>} or {@code guest:<address>}
     */
    public record CustomerLines(String key, String name, String email, List<Line> lines, int blocks, long amountCents) {

        static CustomerLines of(String key, List<Line> lines) {
            var first = lines.getFirst().ticket();
            return new CustomerLines(
                    key,
                    first.requesterName(),
                    first.requesterEmail().value(),
                    lines,
                    lines.stream().mapToInt(line -> line.day().blocks()).sum(),
                    lines.stream().mapToLong(line -> line.day().amountCents()).sum());
        }
    }

    /** The month's customers, by name, with the month's totals. */
    public record Month(YearMonth month, List<CustomerLines> customers, int blocks, long amountCents) {}

    private final TimeEntries entries;
    private final TicketRecords tickets;

    BillableTimeReport(TimeEntries entries, TicketRecords tickets) {
        this.entries = entries;
        this.tickets = tickets;
    }

    @Transactional(readOnly = true)
    public Month month(YearMonth month) {
        var lines = lines(entries.billableBetween(month.atDay(1), month.atEndOfMonth()));
        var byCustomer = new LinkedHashMap<String, List<Line>>();
        lines.forEach(line -> byCustomer
                .computeIfAbsent(key(line.ticket()), key -> new ArrayList<>())
                .add(line));
        var customers = byCustomer.entrySet().stream()
                .map(group -> CustomerLines.of(group.getKey(), group.getValue()))
                .sorted(Comparator.comparing(CustomerLines::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(CustomerLines::email))
                .toList();
        return new Month(
                month,
                customers,
                customers.stream().mapToInt(CustomerLines::blocks).sum(),
                customers.stream().mapToLong(CustomerLines::amountCents).sum());
    }

    /** A customer's own billable lines in a month, for the portal. */
    @Transactional(readOnly = true)
    public List<Line> ofCustomer(AccountId customer, YearMonth month) {
        return lines(entries.billableOfCustomer(customer, month.atDay(1), month.atEndOfMonth()));
    }

    private List<Line> lines(List<TimeEntry> billable) {
        var days = BillableBlocks.days(billable);
        Map<Long, TicketRef> refs =
                tickets.byIds(days.stream().map(TicketDay::ticketId).distinct().toList());
        return days.stream()
                .filter(day -> refs.containsKey(day.ticketId()))
                .map(day -> new Line(refs.get(day.ticketId()), day))
                .toList();
    }

    private static String key(TicketRef ticket) {
        return ticket.customer() == null
                ? "guest:" + ticket.requesterEmail().value()
                : "account:" + ticket.customer().value();
    }
}
