package nl.loket.tickets.attachments;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads that were never attached to a ticket: a form that came back with an error and was
 * then abandoned leaves them behind. Every node may run this at the same time; deleting is idempotent.
 */
@Component
class UnattachedUploads {

    private static final Logger log = LoggerFactory.getLogger(UnattachedUploads.class);

    private final AttachmentStore store;
    private final Clock clock;
    private final Duration retention;

    UnattachedUploads(AttachmentStore store, Clock clock, AttachmentSettings settings) {
        this.store = store;
        this.clock = clock;
        this.retention = settings.unattachedRetention();
    }

    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT1H")
    void deleteAbandoned() {
        var deleted = store.deleteUnattachedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} uploads that were never attached to a ticket", deleted);
        }
    }
}
