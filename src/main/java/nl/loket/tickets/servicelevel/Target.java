package nl.loket.tickets.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.Pauses;

/**
 * A clock's target: so many minutes of business time in the plan's calendar, or of calendar time.
 * Either way the clock stands still during the pauses (waiting for the customer, on hold).
 */
public record Target(int minutes, TimeBasis basis) {

    /** A year: longer targets are typing mistakes. */
    public static final int MAX_MINUTES = 366 * 24 * 60;

    public Target {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("A target is 1 to " + MAX_MINUTES + " minutes, not " + minutes);
        }
    }

    public static Target business(Duration duration) {
        return new Target(Math.toIntExact(duration.toMinutes()), TimeBasis.BUSINESS);
    }

    public static Target calendar(Duration duration) {
        return new Target(Math.toIntExact(duration.toMinutes()), TimeBasis.CALENDAR);
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    /** When the clock started at {@code start} reaches this target; empty while a pause still holds it. */
    public Optional<Instant> dueAt(Instant start, Pauses pauses, BusinessTime calendar) {
        return in(calendar).plus(start, duration(), pauses);
    }

    /**
     * When the clock started at {@code start} has used {@code percent} of this target (for a warning
     * before the breach); empty while a pause still holds it.
     */
    public Optional<Instant> partReachedAt(Instant start, Pauses pauses, BusinessTime calendar, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A part of a target is 1 to 100 percent, not " + percent);
        }
        return in(calendar).plus(start, duration().multipliedBy(percent).dividedBy(100), pauses);
    }

    /** How much of this target's kind of time the clock has counted from {@code start} until {@code now}. */
    public Duration counted(Instant start, Instant now, Pauses pauses, BusinessTime calendar) {
        return in(calendar).between(start, now, pauses);
    }

    private BusinessTime in(BusinessTime calendar) {
        return basis == TimeBasis.BUSINESS ? calendar : BusinessTime.alwaysOpen(calendar.zone());
    }
}
