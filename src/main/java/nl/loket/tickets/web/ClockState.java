package nl.loket.tickets.web;

import java.time.Instant;
import nl.loket.tickets.ClockReading;

/**
 * Where a service level clock stands as staff see it, at one moment: the desk page's mark and the
 * API's {@code state}. A paused clock is paused even when it was close to its target; a stopped
 * clock is met or missed for good.
 */
enum ClockState {
    RUNNING,
    PAUSED,
    AT_RISK,
    BREACHED,
    MET,
    MISSED;

    static ClockState of(ClockReading reading, Instant now) {
        if (!reading.isRunning()) {
            if (reading.counted() != null) {
                return reading.isMet() ? MET : MISSED;
            }
            var due = reading.due();
            var stopped = reading.stopped();
            return due != null && stopped != null && stopped.isAfter(due) ? MISSED : MET;
        }
        if (reading.isPaused()) {
            return PAUSED;
        }
        if (reading.isBreached(now)) {
            return BREACHED;
        }
        return reading.isAtRisk(now) ? AT_RISK : RUNNING;
    }

    /** Something for the agent to act on now. */
    boolean needsAttention() {
        return this == AT_RISK || this == BREACHED;
    }
}
