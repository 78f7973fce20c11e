package nl.loket.notifications.inbound;

import nl.loket.tickets.TicketMailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Polls the support mailbox every {@code loket.mail.inbound.poll-interval} on every node, when a
 * host is set and something takes the mails (a {@link TicketMailbox}); the lease makes one node
 * read at a time. Says at start which of these holds, so an operator is never left guessing why
 * mails stay in the mailbox.
 */
@Component
class InboundMailPoller implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);

    private final InboundMailReader reader;
    private final ObjectProvider<TicketMailbox> ticketMailbox;

    InboundMailPoller(InboundMailReader reader, ObjectProvider<TicketMailbox> ticketMailbox) {
        this.reader = reader;
        this.ticketMailbox = ticketMailbox;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        var settings = reader.settings();
        if (!settings.enabled()) {
            log.info("Inbound mail is off (loket.mail.inbound.host is empty)");
            return;
        }
        if (ticketMailbox.getIfAvailable() == null) {
            log.warn(
                    "loket.mail.inbound.host is set, but nothing in this application takes inbound mail"
                            + " (no TicketMailbox): the mailbox {} is not read and its mails stay where they are",
                    settings.mailboxName());
            return;
        }
        log.info("Reading inbound mail from {} every {}", settings.mailboxName(), settings.pollInterval());
        registrar.addFixedDelayTask(this::poll, settings.pollInterval());
    }

    void poll() {
        try {
            var poll = reader.poll();
            if (poll.handled() + poll.ignored() + poll.failed() > 0) {
                log.info(
                        "Inbound mail: {} handed over, {} ignored, {} set aside after a failure",
                        poll.handled(),
                        poll.ignored(),
                        poll.failed());
            }
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; the next poll tries again.
            log.warn("Reading inbound mail failed: {}", e.getMessage());
        }
    }
}
