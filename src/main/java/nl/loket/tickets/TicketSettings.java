package nl.loket.tickets;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ticket module ({@code loket.tickets.*}).
 *
 * @param teamName how customers see every member of staff, in pages and mails; empty: "Team
 *     &lt;company name&gt; Support"
 * @param autoCloseAfter a resolved ticket closes by itself this long after it was resolved
 * @param autoCloseInterval how often each node looks for resolved tickets to close
 * @param defaultDepartment the department code for mails that were sent to no department's address
 * @param senders the sender address per department code, for departments whose address is not set
 *     in the database
 * @param limits how many tickets the web form takes per e-mail address and per client address
 * @param queuePageSize tickets per page in the agents' queue
 */
@ConfigurationProperties("loket.tickets")
record TicketSettings(
        @DefaultValue("") String teamName,
        @DefaultValue("7d") Duration autoCloseAfter,
        @DefaultValue("10m") Duration autoCloseInterval,
        @DefaultValue("techniek") String defaultDepartment,
        @DefaultValue Map<String, String> senders,
        @DefaultValue Limits limits,
        @DefaultValue("25") int queuePageSize) {

    TicketSettings {
        senders = Map.copyOf(senders);
        if (autoCloseAfter.isNegative() || autoCloseInterval.isNegative() || autoCloseInterval.isZero()) {
            throw new IllegalArgumentException(
                    "loket.tickets.auto-close-after must not be negative and auto-close-interval must be positive");
        }
        if (queuePageSize < 1 || queuePageSize > 200) {
            throw new IllegalArgumentException("loket.tickets.queue-page-size must be between 1 and 200");
        }
    }

    /**
     * Submissions from the web form: after {@code perAddress} tickets from one e-mail address, or
     * {@code perClient} from one client (IP) address, further ones wait for {@code window}.
     */
    record Limits(
            @DefaultValue("5") int perAddress, @DefaultValue("20") int perClient, @DefaultValue("1h") Duration window) {

        Limits {
            if (perAddress < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(
                        "loket.tickets.limits.per-address and per-client must be at least 1, window positive");
            }
        }
    }
}
