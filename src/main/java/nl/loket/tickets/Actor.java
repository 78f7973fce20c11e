package nl.loket.tickets;

import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/** Who made a change, as the history keeps it. */
record Actor(AuthorKind kind, @Nullable AccountId id, String name) {

    static final String SYSTEM_NAME = "Loket";

    static Actor of(Agent agent) {
        return new Actor(AuthorKind.STAFF, agent.id(), agent.name());
    }

    static Actor customer(Ticket ticket) {
        return new Actor(AuthorKind.CUSTOMER, ticket.customer(), ticket.requesterName());
    }

    static Actor system() {
        return new Actor(AuthorKind.SYSTEM, null, SYSTEM_NAME);
    }
}
