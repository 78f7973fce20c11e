package nl.loket.tickets.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time the clock stood still, for example while a ticket waited for the customer or was on hold:
 * from {@code from} until {@code until}, or still going on when {@code until} is null.
 */
public record Pause(Instant from, @Nullable Instant until) {

    public Pause {
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end (" + until + ") before it starts (" + from + ")");
        }
    }

    public static Pause between(Instant from, Instant until) {
        return new Pause(from, until);
    }

    public static Pause since(Instant from) {
        return new Pause(from, null);
    }

    public boolean isOngoing() {
        return until == null;
    }
}
