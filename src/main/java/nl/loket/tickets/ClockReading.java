package nl.loket.tickets;

import java.time.Duration;
import java.time.Instant;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.Target;
import org.jspecify.annotations.Nullable;

/**
 * Where one clock of a ticket's service level stands.
 *
 * @param started when the clock started (for the next response: the customer message of the latest cycle)
 * @param due when the target is reached; null while a pause holds the clock (or, once stopped, when
 *     it stopped during a pause that still goes on)
 * @param warnAt when the agents are warned that the target comes near; null like {@code due}
 * @param stopped when the clock stopped, or null while it runs
 * @param stoppedBy what stopped it: {@code REPLY}, {@code RESOLVED} or {@code CLOSED}; null while it runs
 * @param counted the clock's time from its start until it stopped (pauses left out); null while it runs
 */
public record ClockReading(
        ServiceClock clock,
        Target target,
        Instant started,
        @Nullable Instant due,
        @Nullable Instant warnAt,
        @Nullable Instant stopped,
        @Nullable String stoppedBy,
        @Nullable Duration counted) {

    public boolean isRunning() {
        return stopped == null;
    }

    /** Running while a pause holds it: no due time. */
    public boolean isPaused() {
        return stopped == null && due == null;
    }

    /** Whether the target was (or is being) missed as of {@code now}. */
    public boolean isBreached(Instant now) {
        if (counted != null) {
            return counted.compareTo(target.duration()) > 0;
        }
        return due != null && !now.isBefore(due);
    }

    /** Running, not breached, and past the warning time. */
    public boolean isAtRisk(Instant now) {
        return isRunning() && !isBreached(now) && warnAt != null && !now.isBefore(warnAt);
    }

    /** Stopped within its target. */
    public boolean isMet() {
        return counted != null && counted.compareTo(target.duration()) <= 0;
    }
}
