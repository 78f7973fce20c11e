package nl.loket.tickets.remote;

import java.time.Instant;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.TicketNumber;
import org.jspecify.annotations.Nullable;

/**
 * A booking as its customer, the desk and the administrators see it.
 *
 * @param cancellable whether its customer can still cancel it now
 */
public record BookingView(
        long id,
        long slotId,
        TicketNumber ticket,
        String customerName,
        String customerEmail,
        Appointment appointment,
        Instant bookedAt,
        @Nullable Instant cancelledAt,
        boolean cancellable) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
