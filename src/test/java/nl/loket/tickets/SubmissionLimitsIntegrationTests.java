package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.loket.accounts.Throttle;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-client limit of the ticket form (the tests' own setting lifts it, since every test
 * request comes from one address): here with a limit of three, on the real throttle table.
 */
@DatabaseTest
@LoketIntegrationTest
class SubmissionLimitsIntegrationTests {

    @Autowired
    Throttle throttle;

    @Test
    void a_client_that_sent_its_limit_waits_whichever_address_it_uses_next_and_other_clients_do_not() {
        var settings = new TicketSettings(
                "",
                Duration.ofDays(7),
                Duration.ofMinutes(10),
                "techniek",
                Map.of(),
                new TicketSettings.Limits(100, 3, Duration.ofHours(1)),
                25);
        var limits = new SubmissionLimits(throttle, settings);
        // Client addresses of their own per run: the throttle table is shared by every test.
        var client = "198.51.100.7/" + UUID.randomUUID();
        var otherClient = "203.0.113.9/" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            var address = TicketFixtures.uniqueAddress("client");
            assertThat(limits.waitFor(address, client)).isEmpty();
            limits.record(address, client);
        }

        var wait = limits.waitFor(TicketFixtures.uniqueAddress("nieuw-adres"), client);
        assertThat(wait)
                .hasValueSatisfying(
                        duration -> assertThat(duration).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(limits.waitFor(TicketFixtures.uniqueAddress("ander"), otherClient))
                .isEmpty();
    }
}
