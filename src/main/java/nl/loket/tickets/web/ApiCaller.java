package nl.loket.tickets.web;

import java.security.Principal;
import nl.loket.accounts.AccountSummary;
import nl.loket.tickets.Agent;
import nl.loket.tickets.Agents;
import nl.loket.tickets.TicketAccess;
import org.springframework.stereotype.Component;

/**
 * Who calls the ticket API: staff who work with customers (an {@link Agent}, with a session or a
 * personal API token), or a customer with their own account. Anyone else never gets this far:
 * {@code @RequiresScope} refuses roles without ticket scopes.
 */
sealed interface ApiCaller {

    record Staff(Agent agent) implements ApiCaller {}

    record Customer(AccountSummary account) implements ApiCaller {

        TicketAccess access() {
            return new TicketAccess.Account(account.id());
        }
    }

    /** Resolves the principal; staff first, so an agent never sees the customer view by accident. */
    @Component
    final class Resolver {

        private final Agents agents;
        private final SignedIn signedIn;

        Resolver(Agents agents, SignedIn signedIn) {
            this.agents = agents;
            this.signedIn = signedIn;
        }

        ApiCaller of(Principal principal) {
            return agents.of(principal.getName())
                    .<ApiCaller>map(Staff::new)
                    .orElseGet(() -> new Customer(signedIn.requireAccount(principal)));
        }
    }
}
