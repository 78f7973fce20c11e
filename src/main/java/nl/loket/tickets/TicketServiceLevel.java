package nl.loket.tickets;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;

/** A ticket's service level and its clocks as last read (see {@link TicketClocks}), for staff. */
public record TicketServiceLevel(ServiceLevelDetails level, List<ClockReading> clocks) {

    public TicketServiceLevel {
        clocks = List.copyOf(clocks);
    }

    /** The running clock that falls due first, if any runs and no pause holds it. */
    public Optional<ClockReading> nextDue() {
        return clocks.stream()
                .filter(reading -> reading.isRunning() && reading.due() != null)
                .min(Comparator.comparing(ClockReading::due));
    }

    public boolean anyBreached(Instant now) {
        return clocks.stream().anyMatch(reading -> reading.isBreached(now));
    }
}
