package nl.loket.tickets.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.AppointmentTickets;
import nl.loket.tickets.OpenTicketCommand;
import nl.loket.tickets.RemoteSupportBooked;
import nl.loket.tickets.RemoteSupportCancelled;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.remote.RemoteSupportProblem.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remote support for customers: the free slots, booking a place, their bookings and cancelling one.
 * A place is taken by one conditional update of the slot's count at the end of the booking's
 * transaction, so the last place goes to exactly one customer however many try at once, and a
 * refused booking leaves no ticket behind.
 */
@Service
public class RemoteSupport {

    /** Longest problem description, as for a ticket's message. */
    public static final int MAX_DESCRIPTION = 20_000;

    private final RemoteSupportRows rows;
    private final AppointmentTickets tickets;
    private final RemoteSupportSettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RemoteSupport(
            RemoteSupportRows rows,
            AppointmentTickets tickets,
            RemoteSupportSettings settings,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.tickets = tickets;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** How long before its start a booking can still be cancelled. */
    public Duration cancelBefore() {
        return settings.cancelBefore();
    }

    /** Slots with a place left that start within the coming weeks, soonest first. */
    @Transactional(readOnly = true)
    public List<SlotView> freeSlots() {
        var now = clock.instant();
        return rows.slots(now, now.plus(Duration.ofDays(7L * settings.weeksAhead())), true);
    }

    /** A slot customers can look at: not cancelled and not started (full ones too, to say so). */
    @Transactional(readOnly = true)
    public Optional<SlotView> bookableSlot(long id) {
        var now = clock.instant();
        return rows.slot(id).filter(slot -> !slot.cancelled() && slot.startsAt().isAfter(now));
    }

    /** The appointment a booking of {@code slot} would be, for the confirmation step. */
    public Appointment appointmentOf(SlotView slot) {
        return new Appointment(
                slot.startsAt(),
                slot.endsAt(),
                slot.priceCents(),
                slot.startsAt().minus(settings.cancelBefore()));
    }

    /**
     * Takes a place and opens the booking's ticket; its customer gets a confirmation mail.
     *
     * @throws RemoteSupportProblem when the description is empty, the slot is gone or full, or the
     *     customer has a place in it already
     */
    @Transactional
    public BookingView book(BookRemoteSupport command) {
        var description = command.description().strip();
        if (description.isEmpty()) {
            throw new RemoteSupportProblem(Kind.DESCRIPTION_MISSING);
        }
        var now = clock.instant();
        var customer = command.customer();
        var slot = bookableSlot(command.slotId()).orElseThrow(() -> new RemoteSupportProblem(Kind.SLOT_GONE));
        if (rows.hasActiveBooking(slot.id(), customer.id().value())) {
            throw new RemoteSupportProblem(Kind.ALREADY_BOOKED);
        }
        var appointment = appointmentOf(slot);
        var subject = messages.getMessage(
                "tickets.remote.ticket-subject",
                new Object[] {appointment.period()},
                customer.language().locale());
        var opened = tickets.open(
                new OpenTicketCommand(
                        settings.department(),
                        subject,
                        description,
                        customer.email(),
                        customer.name(),
                        customer.language(),
                        customer.id(),
                        command.channel()),
                Appointment.moment(slot.startsAt()));
        // Booked within the reminder's window: the confirmation is the reminder.
        var reminded = slot.startsAt().minus(settings.remindBefore()).isAfter(now) ? null : now;
        long id;
        try {
            id = rows.insertBooking(
                    slot.id(), customer.id().value(), opened.ticketId(), slot.priceCents(), now, reminded);
        } catch (DuplicateKeyException sameCustomerAtOnce) {
            throw new RemoteSupportProblem(Kind.ALREADY_BOOKED);
        }
        // Last, so that the slot's row is locked only from here to the commit: customers booking the
        // same slot wait for each other that long, not for each other's tickets to be written.
        if (!rows.takePlace(slot.id(), now)) {
            throw new RemoteSupportProblem(Kind.SLOT_FULL); // rolls back the ticket and the booking
        }
        events.publishEvent(new RemoteSupportBooked(opened.mail(), appointment, description));
        return rows.booking(id, settings.cancelBefore(), now).orElseThrow().view();
    }

    /** The customer's bookings of slots that have not ended, soonest first, cancelled ones included. */
    @Transactional(readOnly = true)
    public List<BookingView> bookingsOf(AccountId customer) {
        var now = clock.instant();
        return rows
                .bookingsOfCustomer(
                        customer.value(),
                        now.minus(Duration.ofMinutes(SlotPlan.MAX_LENGTH)),
                        settings.cancelBefore(),
                        now)
                .stream()
                .map(RemoteSupportRows.Booking::view)
                .filter(booking -> booking.appointment().endsAt().isAfter(now))
                .toList();
    }

    /** The customer's own booking; someone else's is as missing as one that does not exist. */
    @Transactional(readOnly = true)
    public Optional<BookingView> bookingOf(AccountId customer, long bookingId) {
        return own(customer, bookingId).map(RemoteSupportRows.Booking::view);
    }

    /** The appointments booked on a ticket, newest first (for the ticket pages). */
    @Transactional(readOnly = true)
    public List<BookingView> bookingsOfTicket(TicketNumber number) {
        return rows.bookingsOfTicket(number.value(), settings.cancelBefore(), clock.instant()).stream()
                .map(RemoteSupportRows.Booking::view)
                .toList();
    }

    /**
     * The customer cancels their booking; the place is free again, the ticket's history says so and
     * a mail confirms it.
     *
     * @throws RemoteSupportProblem when the booking is not theirs, cancelled already, or too close
     *     to its start
     */
    @Transactional
    public BookingView cancel(AccountId customer, long bookingId) {
        var booking = own(customer, bookingId).orElseThrow(() -> new RemoteSupportProblem(Kind.BOOKING_NOT_FOUND));
        var view = booking.view();
        if (view.cancelled()) {
            throw new RemoteSupportProblem(Kind.ALREADY_CANCELLED);
        }
        var now = clock.instant();
        if (!now.isBefore(view.appointment().cancellableUntil())) {
            throw new RemoteSupportProblem(Kind.TOO_LATE_TO_CANCEL);
        }
        if (!rows.cancelBooking(bookingId, now)) {
            throw new RemoteSupportProblem(Kind.ALREADY_CANCELLED);
        }
        rows.freePlace(view.slotId());
        var mail = tickets.cancelled(
                booking.ticketId(),
                Appointment.moment(view.appointment().startsAt()),
                new AppointmentTickets.Canceller.Customer());
        events.publishEvent(new RemoteSupportCancelled(mail, view.appointment(), false));
        return rows.booking(bookingId, settings.cancelBefore(), now)
                .orElseThrow()
                .view();
    }

    private Optional<RemoteSupportRows.Booking> own(AccountId customer, long bookingId) {
        return rows.booking(bookingId, settings.cancelBefore(), clock.instant())
                .filter(booking -> booking.customerId() == customer.value());
    }
}
