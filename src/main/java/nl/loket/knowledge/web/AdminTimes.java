package nl.loket.knowledge.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moments on the editors' pages, in Dutch time: {@code ${@kbAdminTimes.format(instant)}}. Public only
 * because templates call it through SpEL.
 */
@Component("kbAdminTimes")
public class AdminTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    public String format(@Nullable Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
