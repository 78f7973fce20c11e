package nl.loket.tickets;

import java.time.Duration;
import java.util.Optional;
import nl.loket.accounts.Throttle;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Limits against floods of tickets from the web form (and later the API): so many per e-mail
 * address and so many per client address, then a wait. Counted in the database by the accounts
 * module's {@link Throttle}, so every node sees the same count; only hashes of the address and the
 * IP are stored. Tickets by e-mail are not counted here.
 */
@Component
public class SubmissionLimits {

    private final Throttle throttle;
    private final Throttle.Policy perAddress;
    private final Throttle.Policy perClient;

    SubmissionLimits(Throttle throttle, TicketSettings settings) {
        this.throttle = throttle;
        var limits = settings.limits();
        this.perAddress = new Throttle.Policy(
                "ticket-address", limits.perAddress(), limits.window(), limits.window(), limits.window());
        this.perClient = new Throttle.Policy(
                "ticket-client", limits.perClient(), limits.window(), limits.window(), limits.window());
    }

    /** How long a new ticket from this address or client must wait, if it must. */
    public Optional<Duration> waitFor(EmailAddress email, @Nullable String client) {
        return throttle.lockedFor(perAddress, email.value(), perClient, client);
    }

    /** Counts a ticket that was sent. */
    public void record(EmailAddress email, @Nullable String client) {
        throttle.recordFailure(perAddress, email.value());
        if (client != null) {
            throttle.recordFailure(perClient, client);
        }
    }
}
