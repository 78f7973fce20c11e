package nl.loket.tickets.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.AppointmentTickets;
import nl.loket.tickets.RemoteSupportCancelled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' side of remote support: publishing slots (one, or a weekly series) and
 * cancelling a slot with its bookings. Slots never overlap: parallel help is a slot's capacity, so
 * an overlapping slot would be the same hours published twice.
 */
@Service
public class RemoteSupportSlots {

    private final RemoteSupportRows rows;
    private final AppointmentTickets tickets;
    private final RemoteSupportSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RemoteSupportSlots(
            RemoteSupportRows rows,
            AppointmentTickets tickets,
            RemoteSupportSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.tickets = tickets;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** What publishing a plan did: the slots made, or what to correct (then nothing was made). */
    public record Outcome(List<Long> created, List<SlotPlan.Error> errors) {}

    /** A slot with its bookings, for the administrators' overview. */
    public record SlotWithBookings(SlotView slot, List<BookingView> bookings) {}

    /** Publishes the plan's slots, all or none. */
    @Transactional
    public Outcome publish(SlotPlan plan) {
        var now = clock.instant();
        var errors = plan.errors(now);
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors);
        }
        var created = new ArrayList<Long>();
        for (var start : plan.starts()) {
            if (rows.overlapping(start, plan.length()).isPresent()) {
                throw new SlotsOverlap(Appointment.moment(start));
            }
            created.add(rows.insertSlot(start, plan, now));
        }
        return new Outcome(created, List.of());
    }

    /** A slot of the plan overlaps a published one; nothing was published. */
    public static class SlotsOverlap extends RuntimeException {

        private final String moment;

        SlotsOverlap(String moment) {
            super("A slot at " + moment + " overlaps a published one");
            this.moment = moment;
        }

        /** The start of the new slot that overlaps, in Dutch time. */
        public String moment() {
            return moment;
        }
    }

    /** Slots that have not ended (and those of the last week), with their bookings, soonest first. */
    @Transactional(readOnly = true)
    public List<SlotWithBookings> upcoming() {
        var now = clock.instant();
        return rows.slots(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(366)), false).stream()
                .map(slot -> new SlotWithBookings(
                        slot,
                        rows.bookingsOfSlot(slot.id(), settings.cancelBefore(), now).stream()
                                .map(RemoteSupportRows.Booking::view)
                                .toList()))
                .toList();
    }

    /** Whether a slot with this id was ever published (cancelled or not). */
    @Transactional(readOnly = true)
    public boolean exists(long slotId) {
        return rows.slot(slotId).isPresent();
    }

    /**
     * Cancels a slot: nobody can book it, each standing booking is cancelled with a line in its
     * ticket's history and a mail to its customer.
     *
     * @return false when there is no such slot or it was cancelled already
     */
    @Transactional
    public boolean cancel(long slotId, AccountId admin, String adminName) {
        var now = clock.instant();
        if (!rows.cancelSlot(slotId, now)) {
            return false;
        }
        for (var booking : rows.bookingsOfSlot(slotId, settings.cancelBefore(), now)) {
            var view = booking.view();
            if (view.cancelled() || !rows.cancelBooking(view.id(), now)) {
                continue;
            }
            rows.freePlace(slotId);
            var mail = tickets.cancelled(
                    booking.ticketId(),
                    Appointment.moment(view.appointment().startsAt()),
                    new AppointmentTickets.Canceller.Staff(admin, adminName));
            events.publishEvent(new RemoteSupportCancelled(mail, view.appointment(), true));
        }
        return true;
    }
}
