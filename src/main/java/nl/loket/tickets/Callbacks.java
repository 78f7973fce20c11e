package nl.loket.tickets;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.BusinessTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callback requests: instead of phoning, a customer (or guest) asks to be called back on a day and
 * in a window. The request becomes an ordinary ticket in the chosen department's queue, with the
 * number and window as its first message (so the confirmation mail and the customer's page show
 * them) and in a row of its own for the desk. Each call attempt is recorded with its outcome in the
 * history; a new window replaces the old one.
 *
 * <p>Calls are made on the days of the office-hours calendar ("Kantooruren"; weekdays when an
 * administrator removed it), from today up to {@link #MAX_DAYS_AHEAD} days ahead.
 */
@Service
public class Callbacks {

    /** How far ahead a callback can be asked for. */
    public static final int MAX_DAYS_AHEAD = 30;

    static final String OFFICE_CALENDAR = "Kantooruren";

    private final DepartmentRepository departments;
    private final TicketRepository tickets;
    private final TicketOpening opening;
    private final TicketHistory history;
    private final AgentDesk desk;
    private final BusinessCalendars calendars;
    private final MessageSource texts;
    private final JdbcTemplate jdbc;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Callbacks(
            DepartmentRepository departments,
            TicketRepository tickets,
            TicketOpening opening,
            TicketHistory history,
            AgentDesk desk,
            BusinessCalendars calendars,
            MessageSource texts,
            JdbcTemplate jdbc,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.departments = departments;
        this.tickets = tickets;
        this.opening = opening;
        this.history = history;
        this.desk = desk;
        this.calendars = calendars;
        this.texts = texts;
        this.jdbc = jdbc;
        this.facing = facing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the ticket for a callback request and queues its confirmation mail.
     *
     * @throws CallbackProblem when the desk does not call in that window
     * @throws IllegalArgumentException when the department does not exist or is inactive
     */
    @Transactional
    public OpenedTicket request(CallbackRequest request) {
        problemWith(request.window()).ifPresent(kind -> {
            throw new CallbackProblem(kind);
        });
        var department = departments
                .findByCode(request.departmentCode())
                .filter(Department::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + request.departmentCode()));
        var locale = request.language().locale();
        var subject = texts.getMessage(
                "tickets.callback.ticket-subject",
                new Object[] {request.subject().strip()},
                locale);
        var text = windowText("tickets.callback.ticket-text", request.phone(), request.window(), locale);
        if (!request.message().isBlank()) {
            text = text + "\n\n" + request.message().strip();
        }
        var requester = new Ticket.Requester(request.customer(), request.email(), request.name(), request.language());
        var opened = opening.open(department, requester, subject, text, request.channel(), null, clock.instant());
        jdbc.update(
                "insert into ticket_callback (ticket_id, phone, call_on, window_from, window_until) values (?, ?, ?, ?,"
                        + " ?)",
                opened.ticket().id(),
                request.phone().value(),
                Date.valueOf(request.window().day()),
                Time.valueOf(request.window().from()),
                Time.valueOf(request.window().until()));
        return new OpenedTicket(opened.ticket().number(), opened.accessKey());
    }

    /** Why the desk cannot call in this window, if it cannot. */
    @Transactional(readOnly = true)
    public Optional<CallbackProblem.Kind> problemWith(CallbackWindow window) {
        var now = clock.instant().atZone(CallbackWindow.ZONE);
        var today = now.toLocalDate();
        if (window.day().isBefore(today) || !window.end().isAfter(now)) {
            return Optional.of(CallbackProblem.Kind.PASSED);
        }
        if (window.day().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of(CallbackProblem.Kind.TOO_FAR);
        }
        return callsOn(window.day()) ? Optional.empty() : Optional.of(CallbackProblem.Kind.CLOSED);
    }

    /** The callback request of a ticket, for the desk; empty for an ordinary ticket. */
    @Transactional(readOnly = true)
    public Optional<CallbackView> of(TicketNumber number) {
        return jdbc
                .query(
                        "select c.* from ticket_callback c join ticket t on t.id = c.ticket_id where t.number = ?",
                        (row, index) -> new CallbackView(
                                new PhoneNumber(row.getString("phone")),
                                new CallbackWindow(
                                        row.getDate("call_on").toLocalDate(),
                                        CallbackWindow.Slot.starting(
                                                row.getTime("window_from").toLocalTime())),
                                row.getInt("attempts"),
                                row.getString("last_outcome") == null
                                        ? null
                                        : CallbackOutcome.valueOf(row.getString("last_outcome")),
                                row.getTimestamp("last_attempt") == null
                                        ? null
                                        : row.getTimestamp("last_attempt").toInstant()),
                        number.value())
                .stream()
                .findFirst();
    }

    /**
     * Records a call attempt in the history; {@code RESCHEDULED} moves the request to
     * {@code newWindow}. A note, if any, is added as an internal note.
     *
     * @throws TicketNotFoundException when the ticket has no callback request
     * @throws CallbackProblem when the new window cannot be kept
     * @throws IllegalArgumentException when {@code RESCHEDULED} comes without a new window
     */
    @Transactional
    public void recordAttempt(
            TicketNumber number,
            Agent agent,
            CallbackOutcome outcome,
            @Nullable CallbackWindow newWindow,
            String note) {
        var ticket = tickets.findByNumber(number.value()).orElseThrow(TicketNotFoundException::new);
        var current = of(number).orElseThrow(TicketNotFoundException::new);
        var window = current.window();
        if (outcome == CallbackOutcome.RESCHEDULED) {
            if (newWindow == null) {
                throw new IllegalArgumentException("A rescheduled callback needs a new window");
            }
            problemWith(newWindow).ifPresent(kind -> {
                throw new CallbackProblem(kind);
            });
            window = newWindow;
        }
        var now = clock.instant();
        jdbc.update(
                "update ticket_callback set attempts = attempts + 1, last_outcome = ?, last_attempt = ?, call_on = ?,"
                        + " window_from = ?, window_until = ? where ticket_id = ?",
                outcome.name(),
                Timestamp.from(now),
                Date.valueOf(window.day()),
                Time.valueOf(window.from()),
                Time.valueOf(window.until()),
                ticket.id());
        history.record(
                ticket.id(),
                Actor.of(agent),
                new Ticket.Change(
                        "CALLBACK_ATTEMPT",
                        outcome.name(),
                        outcome == CallbackOutcome.RESCHEDULED ? window.toString() : null),
                now);
        if (!note.isBlank()) {
            desk.note(number, agent, note);
        }
        if (outcome == CallbackOutcome.RESCHEDULED) {
            var department = departments.findById(ticket.departmentId()).orElseThrow();
            var text = windowText(
                    "tickets.callback.rescheduled-text",
                    current.phone(),
                    window,
                    ticket.language().locale());
            events.publishEvent(new CallbackRescheduled(facing.mailContext(ticket, department, now), text));
        }
    }

    /** "On {day} between {from} and {until} on {number}", in the customer's language. */
    private String windowText(String key, PhoneNumber phone, CallbackWindow window, Locale locale) {
        return texts.getMessage(
                key,
                new Object[] {
                    phone.display(),
                    DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(window.day()),
                    window.from().toString(),
                    window.until().toString()
                },
                locale);
    }

    private boolean callsOn(LocalDate day) {
        var office = calendars.named(OFFICE_CALENDAR).flatMap(calendar -> calendars.businessTime(calendar.id()));
        if (office.isEmpty()) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        BusinessTime time = office.get();
        return !time.week().on(day.getDayOfWeek()).isEmpty()
                && time.holidays(day.getYear()).stream()
                        .noneMatch(holiday -> holiday.date().equals(day));
    }
}
