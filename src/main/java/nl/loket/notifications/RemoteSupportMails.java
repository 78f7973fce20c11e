package nl.loket.notifications;

import nl.loket.tickets.Appointment;
import nl.loket.tickets.RemoteSupportBooked;
import nl.loket.tickets.RemoteSupportCancelled;
import nl.loket.tickets.RemoteSupportReminderDue;
import nl.loket.tickets.TicketMailContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of remote support: the booking's confirmation, the reminder before the slot and the
 * cancellation. They belong to the booking's ticket: same sender, Reply-To and thread as its other
 * mails ({@link TicketMails}), in the customer's language, stored in the change's transaction.
 */
@Component
class RemoteSupportMails {

    static final String TEMPLATE = "remote-support";

    private final TicketMails ticketMails;

    RemoteSupportMails(TicketMails ticketMails) {
        this.ticketMails = ticketMails;
    }

    @EventListener
    void on(RemoteSupportBooked event) {
        queue("remote-support-booked", event.mail(), event.appointment(), event.text());
    }

    @EventListener
    void on(RemoteSupportReminderDue event) {
        queue("remote-support-reminder", event.mail(), event.appointment(), null);
    }

    @EventListener
    void on(RemoteSupportCancelled event) {
        var kind = event.byStaff() ? "remote-support-cancelled-by-us" : "remote-support-cancelled";
        queue(kind, event.mail(), event.appointment(), null);
    }

    private void queue(
            String kind,
            TicketMailContext mail,
            Appointment appointment,
            @org.jspecify.annotations.Nullable String text) {
        var variables = ticketMails.variables(mail);
        variables.put("when", appointment.period());
        variables.put("price", appointment.price(mail.language().locale()));
        variables.put("cancelUntil", Appointment.moment(appointment.cancellableUntil()));
        variables.put("text", text);
        ticketMails.queue(TEMPLATE, kind, mail, variables, null);
    }
}
