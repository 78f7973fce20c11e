package nl.loket.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every {@code loket.mail.poll-interval} on every node; without a mail server
 * ({@code spring.mail.host}) a poll returns at once and the mails wait. Running on every node is
 * safe: claims decide who sends what.
 */
@Component
class OutboxPoller implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxSender sender;
    private final MailSettings settings;

    OutboxPoller(OutboxSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.pollerEnabled()) {
            registrar.addFixedDelayTask(this::poll, settings.pollInterval());
        }
    }

    void poll() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; the next poll tries again.
            log.warn("Sending mails from the outbox failed: {}", e.getMessage());
        }
    }
}
