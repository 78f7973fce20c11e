package nl.loket.tickets.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moments on the ticket pages, in Dutch time: {@code ${@ticketTimes.format(instant)}}. */
@Component("ticketTimes")
public class TicketTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    public String format(@Nullable Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
