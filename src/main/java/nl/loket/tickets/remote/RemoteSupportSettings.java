package nl.loket.tickets.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of remote support ({@code loket.tickets.remote-support.*}).
 *
 * @param department the department code of the tickets bookings open
 * @param cancelBefore a customer can cancel a booking until this long before the slot starts
 * @param remindBefore the reminder mail goes out this long before the slot starts
 * @param reminderInterval how often each node looks for reminders to send
 * @param weeksAhead how many weeks ahead customers see free slots
 */
@ConfigurationProperties("loket.tickets.remote-support")
record RemoteSupportSettings(
        @DefaultValue("techniek") String department,
        @DefaultValue("24h") Duration cancelBefore,
        @DefaultValue("24h") Duration remindBefore,
        @DefaultValue("5m") Duration reminderInterval,
        @DefaultValue("6") int weeksAhead) {

    RemoteSupportSettings {
        if (cancelBefore.isNegative() || remindBefore.isNegative()) {
            throw new IllegalArgumentException(
                    "loket.tickets.remote-support.cancel-before and remind-before must not be negative");
        }
        if (reminderInterval.isNegative() || reminderInterval.isZero()) {
            throw new IllegalArgumentException("loket.tickets.remote-support.reminder-interval must be positive");
        }
        if (weeksAhead < 1 || weeksAhead > 52) {
            throw new IllegalArgumentException("loket.tickets.remote-support.weeks-ahead must be between 1 and 52");
        }
    }
}
