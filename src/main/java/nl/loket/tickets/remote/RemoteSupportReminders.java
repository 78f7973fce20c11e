package nl.loket.tickets.remote;

import java.time.Clock;
import nl.loket.tickets.AppointmentTickets;
import nl.loket.tickets.RemoteSupportReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails a reminder {@code remind-before} ahead of each booked slot. Every node runs it; a reminder
 * is claimed by the conditional update that sets {@code reminded_at}, in the same transaction as the
 * mail's event, so it goes out once however many nodes look.
 */
@Component
public class RemoteSupportReminders implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RemoteSupportReminders.class);
    private static final int BATCH = 200;

    private final RemoteSupportRows rows;
    private final AppointmentTickets tickets;
    private final RemoteSupportSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RemoteSupportReminders(
            RemoteSupportRows rows,
            AppointmentTickets tickets,
            RemoteSupportSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.tickets = tickets;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, settings.reminderInterval());
    }

    void run() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; the next run tries again.
            log.warn("Sending remote-support reminders failed: {}", e.getMessage());
        }
    }

    /** Sends the reminders that are due; returns how many this call sent. Public for the mail tests. */
    public int sendDue() {
        var sent = 0;
        while (true) {
            var now = clock.instant();
            var due = rows.remindersDue(now, now.plus(settings.remindBefore()), BATCH);
            var sentNow = 0;
            for (var id : due) {
                var done = transaction.execute(status -> remind(id));
                sentNow += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            sent += sentNow;
            if (due.size() < BATCH || sentNow == 0) {
                return sent;
            }
        }
    }

    private boolean remind(long bookingId) {
        var now = clock.instant();
        if (!rows.claimReminder(bookingId, now)) {
            return false; // another node was first, or the booking was cancelled meanwhile
        }
        var booking = rows.booking(bookingId, settings.cancelBefore(), now).orElseThrow();
        events.publishEvent(new RemoteSupportReminderDue(
                tickets.mailContext(booking.ticketId()), booking.view().appointment()));
        return true;
    }
}
