package nl.loket.tickets;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service level clocks on tickets ({@code loket.tickets.service-levels.*}).
 *
 * @param warnPercent how much of a target a running clock has used when agents see a warning
 * @param breachCheckInterval how often each node looks for clocks past due to tell the department
 */
@ConfigurationProperties("loket.tickets.service-levels")
record ServiceLevelSettings(@DefaultValue("75") int warnPercent, @DefaultValue("1m") Duration breachCheckInterval) {

    ServiceLevelSettings {
        if (warnPercent < 1 || warnPercent > 100) {
            throw new IllegalArgumentException(
                    "loket.tickets.service-levels.warn-percent is 1 to 100, not " + warnPercent);
        }
    }
}
