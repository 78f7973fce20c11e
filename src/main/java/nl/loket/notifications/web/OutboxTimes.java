package nl.loket.notifications.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moments on the outbox pages, in Dutch time, to the second: {@code ${@outboxTimes.format(instant)}}. */
@Component("outboxTimes")
public class OutboxTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    public String format(@Nullable Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
