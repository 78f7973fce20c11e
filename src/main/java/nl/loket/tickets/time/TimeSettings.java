package nl.loket.tickets.time;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of billable time ({@code loket.tickets.time.*}).
 *
 * @param ratePerBlock what one started block of 15 billable minutes costs, in euros; new entries
 *     take the rate of the moment they are logged
 */
@ConfigurationProperties("loket.tickets.time")
record TimeSettings(@DefaultValue("22.50") BigDecimal ratePerBlock) {

    TimeSettings {
        if (ratePerBlock.signum() < 0 || ratePerBlock.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "loket.tickets.time.rate-per-block must be an amount in euros of at least 0 with at most 2 decimals");
        }
    }

    long rateCents() {
        return ratePerBlock.movePointRight(2).longValueExact();
    }
}
