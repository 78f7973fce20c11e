package nl.loket.tickets.remote.web;

import java.util.List;
import java.util.Locale;
import nl.loket.tickets.Appointment;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.remote.BookingView;
import nl.loket.tickets.remote.RemoteSupport;
import org.springframework.stereotype.Component;

/**
 * What the ticket pages (customer and desk) show of a ticket's remote-support appointment, and how
 * appointments read on every page: {@code ${@remoteSupportCards.bookings(ticket.number())}},
 * {@code ${@remoteSupportCards.price(cents, #locale)}}.
 */
@Component("remoteSupportCards")
public class AppointmentCards {

    private final RemoteSupport remoteSupport;

    AppointmentCards(RemoteSupport remoteSupport) {
        this.remoteSupport = remoteSupport;
    }

    public List<BookingView> bookings(TicketNumber ticket) {
        return remoteSupport.bookingsOfTicket(ticket);
    }

    public String price(int cents, Locale locale) {
        return Appointment.euros(cents, locale);
    }

    public String moment(java.time.Instant at) {
        return Appointment.moment(at);
    }

    /** How long before the start customers can cancel, in whole hours ("24"). */
    public long cancelHours() {
        return remoteSupport.cancelBefore().toHours();
    }
}
