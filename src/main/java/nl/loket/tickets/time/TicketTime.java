package nl.loket.tickets.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.loket.tickets.Agent;
import nl.loket.tickets.CustomerTicketView;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketRecords;
import nl.loket.tickets.TicketRecords.TicketRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time on one ticket: agents log minutes by hand or with a timer, change and delete their own
 * entries (administrators any), and every change lands in the ticket's history with their name.
 * Customers get the billable part without names ({@link CustomerTime}).
 */
@Service("ticketTime")
public class TicketTime {

    /** Days are Dutch calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final TicketRecords tickets;
    private final TimeEntries entries;
    private final Timers timers;
    private final TimeSettings settings;
    private final Clock clock;

    TicketTime(TicketRecords tickets, TimeEntries entries, Timers timers, TimeSettings settings, Clock clock) {
        this.tickets = tickets;
        this.entries = entries;
        this.timers = timers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in Dutch time: the latest day time can be logged on. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Transactional(readOnly = true)
    public TimeSheet sheet(TicketNumber number, Agent agent) {
        var ticket = ticket(number);
        var all = entries.ofTicket(ticket.id());
        var days = BillableBlocks.days(all);
        var timer = timers.running(agent.id());
        return new TimeSheet(
                ticket,
                all,
                days,
                TimeSheet.Totals.of(all, days),
                agent.id(),
                timer.filter(running -> running.ticketId() == ticket.id()).orElse(null),
                timer.filter(running -> running.ticketId() != ticket.id()).orElse(null),
                today());
    }

    @Transactional
    public TimeEntry log(TicketNumber number, Agent agent, TimeInput input) {
        var ticket = ticket(number);
        input.check(today());
        var entry = entries.add(ticket.id(), agent, input, settings.rateCents(), clock.instant());
        history(ticket, agent, "TIME_LOGGED", entry.minutes(), entry.billable());
        return entry;
    }

    /** Changes an entry: the agent's own, or any when {@code administrator}. */
    @Transactional
    public void change(TicketNumber number, long entryId, Agent agent, boolean administrator, TimeInput input) {
        var ticket = ticket(number);
        own(ticket, entryId, agent, administrator);
        input.check(today());
        entries.change(entryId, input, clock.instant());
        history(ticket, agent, "TIME_CHANGED", input.minutes(), input.billable());
    }

    @Transactional
    public void delete(TicketNumber number, long entryId, Agent agent, boolean administrator) {
        var ticket = ticket(number);
        var entry = own(ticket, entryId, agent, administrator);
        entries.delete(entryId);
        history(ticket, agent, "TIME_DELETED", entry.minutes(), entry.billable());
    }

    /** Starts the agent's timer on this ticket; refused while one runs (on this or another ticket). */
    @Transactional
    public void startTimer(TicketNumber number, Agent agent, boolean billable, String description) {
        var ticket = ticket(number);
        var text = description.strip();
        TimeInput.checkDescription(text);
        if (!timers.start(agent.id(), ticket.id(), billable, text, clock.instant())) {
            throw new TimeEntryRefused("tickets.time.error.timer-running", null);
        }
    }

    /**
     * Stops the agent's timer on this ticket and logs the elapsed time, rounded up to a whole minute,
     * on the day it started. A timer that ran longer than a day is dropped without an entry: the
     * agent logs that time by hand (the refusal does not roll back the stop).
     */
    @Transactional(noRollbackFor = TimeEntryRefused.class)
    public TimeEntry stopTimer(TicketNumber number, Agent agent) {
        var ticket = ticket(number);
        var timer = timers.stop(agent.id(), ticket.id())
                .orElseThrow(() -> new TimeEntryRefused("tickets.time.error.no-timer", null));
        var elapsed = Duration.between(timer.startedAt(), clock.instant());
        var minutes = (int) Math.max(1, (elapsed.toSeconds() + 59) / 60);
        if (minutes > TimeInput.MAX_MINUTES) {
            throw new TimeEntryRefused("tickets.time.error.timer-too-long", null);
        }
        var input = new TimeInput(
                minutes, LocalDate.ofInstant(timer.startedAt(), ZONE), timer.billable(), timer.description());
        var entry = entries.add(ticket.id(), agent, input, settings.rateCents(), clock.instant());
        history(ticket, agent, "TIME_LOGGED", entry.minutes(), entry.billable());
        return entry;
    }

    /** The ticket's billable time for its customer, when {@code access} proves it is theirs. */
    @Transactional(readOnly = true)
    public Optional<CustomerTime> forCustomer(TicketNumber number, TicketAccess access) {
        return tickets.forCustomer(number, access).map(this::customerTime);
    }

    /**
     * The billable time of a ticket whose customer view was already granted (the customer ticket
     * pages show it beside the conversation): only {@code TicketDesk} makes such views, after checking
     * access.
     */
    @Transactional(readOnly = true)
    public CustomerTime forCustomer(CustomerTicketView view) {
        return customerTime(ticket(view.number()));
    }

    private CustomerTime customerTime(TicketRef ticket) {
        return CustomerTime.of(BillableBlocks.days(entries.ofTicket(ticket.id())));
    }

    private TimeEntry own(TicketRef ticket, long entryId, Agent agent, boolean administrator) {
        var entry = entries.find(entryId)
                .filter(found -> found.ticketId() == ticket.id())
                .orElseThrow(TicketNotFoundException::new);
        if (!administrator && !entry.agent().equals(agent.id())) {
            throw new TimeEntryRefused("tickets.time.error.not-yours", null);
        }
        return entry;
    }

    private void history(TicketRef ticket, Agent agent, String change, int minutes, boolean billable) {
        tickets.recordHistory(
                ticket.id(),
                agent,
                change,
                billable ? "BILLABLE" : "INCLUDED",
                Integer.toString(minutes),
                clock.instant());
    }

    private TicketRef ticket(TicketNumber number) {
        return tickets.forStaff(number).orElseThrow(TicketNotFoundException::new);
    }
}
