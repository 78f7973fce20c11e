package nl.loket.tickets;

import java.time.Clock;
import nl.loket.accounts.AccountId;
import org.springframework.stereotype.Component;

/**
 * The tickets behind remote-support bookings ({@code nl.loket.tickets.remote}): a booking opens a
 * ticket without the "we received your question" mail (the booking mails its own confirmation), and
 * every change of the appointment is a line in the ticket's history. Callers run inside their own
 * transaction, so the place, the ticket and the mail's event are kept or dropped together.
 */
@Component
public class AppointmentTickets {

    /** History kinds, shown on the desk as {@code tickets.desk.history.KIND}. */
    static final String BOOKED = "APPOINTMENT_BOOKED";

    static final String CANCELLED = "APPOINTMENT_CANCELLED";

    private final TicketRepository tickets;
    private final DepartmentRepository departments;
    private final TicketOpening opening;
    private final TicketHistory history;
    private final CustomerFacing facing;
    private final Clock clock;

    AppointmentTickets(
            TicketRepository tickets,
            DepartmentRepository departments,
            TicketOpening opening,
            TicketHistory history,
            CustomerFacing facing,
            Clock clock) {
        this.tickets = tickets;
        this.departments = departments;
        this.opening = opening;
        this.history = history;
        this.facing = facing;
        this.clock = clock;
    }

    /** The ticket of a booking, and what its mails need. */
    public record BookedTicket(long ticketId, TicketNumber number, TicketMailContext mail) {}

    /**
     * Opens the booking's ticket for a signed-in customer, with {@code appointment} (as text, such as
     * "24-11-2026 10:00") in its history.
     *
     * @throws IllegalArgumentException when the department does not exist or is inactive, or the
     *     customer is missing
     */
    public BookedTicket open(OpenTicketCommand command, String appointment) {
        if (command.customer() == null) {
            throw new IllegalArgumentException("Only a signed-in customer books remote support");
        }
        var department = departments
                .findByCode(command.departmentCode())
                .filter(Department::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + command.departmentCode()));
        var now = clock.instant();
        var requester = new Ticket.Requester(command.customer(), command.email(), command.name(), command.language());
        var opened = opening.openQuietly(
                department, requester, command.subject(), command.text(), command.channel(), null, now);
        var ticket = opened.ticket();
        history.record(ticket.id(), Actor.customer(ticket), new Ticket.Change(BOOKED, null, appointment), now);
        return new BookedTicket(ticket.id(), ticket.number(), facing.mailContext(ticket, department, now));
    }

    /**
     * Notes the cancellation in the ticket's history, by the customer or (with {@code staff}) by an
     * administrator, and returns what the cancellation mail needs.
     */
    public TicketMailContext cancelled(long ticketId, String appointment, Canceller by) {
        var ticket = tickets.findById(ticketId).orElseThrow(TicketNotFoundException::new);
        var now = clock.instant();
        var actor =
                switch (by) {
                    case Canceller.Customer customer -> Actor.customer(ticket);
                    case Canceller.Staff staff -> new Actor(AuthorKind.STAFF, staff.id(), staff.name());
                };
        history.record(ticketId, actor, new Ticket.Change(CANCELLED, appointment, null), now);
        return facing.mailContext(
                ticket, departments.findById(ticket.departmentId()).orElseThrow(), now);
    }

    /** What a reminder mail for the booking's ticket needs. */
    public TicketMailContext mailContext(long ticketId) {
        var ticket = tickets.findById(ticketId).orElseThrow(TicketNotFoundException::new);
        return facing.mailContext(
                ticket, departments.findById(ticket.departmentId()).orElseThrow(), clock.instant());
    }

    /** Who cancels an appointment: its customer, or a member of staff (by id and name, for the history). */
    public sealed interface Canceller {

        record Customer() implements Canceller {}

        record Staff(AccountId id, String name) implements Canceller {}
    }
}
