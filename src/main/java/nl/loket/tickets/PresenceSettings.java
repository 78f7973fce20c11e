package nl.loket.tickets;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the collision warnings at the desk ({@code loket.tickets.presence.*}).
 *
 * @param heartbeat how often an open desk ticket page tells the server the agent is still there
 * @param expiry how long after its last heartbeat an agent still counts as present; a few
 *     heartbeats long, so that one lost request does not make a colleague vanish
 * @param idleAfter a page stops its heartbeat after this long without a key press, click or scroll
 *     (so that a forgotten tab neither warns colleagues nor keeps its session alive)
 * @param cleanupInterval how often each node deletes expired presence rows
 */
@ConfigurationProperties("loket.tickets.presence")
record PresenceSettings(
        @DefaultValue("12s") Duration heartbeat,
        @DefaultValue("40s") Duration expiry,
        @DefaultValue("10m") Duration idleAfter,
        @DefaultValue("5m") Duration cleanupInterval) {

    PresenceSettings {
        if (heartbeat.toSeconds() < 1 || cleanupInterval.toSeconds() < 1 || idleAfter.toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "loket.tickets.presence.heartbeat, idle-after and cleanup-interval must be at least a second");
        }
        if (expiry.compareTo(heartbeat) <= 0) {
            throw new IllegalArgumentException(
                    "loket.tickets.presence.expiry must be longer than loket.tickets.presence.heartbeat");
        }
    }
}
