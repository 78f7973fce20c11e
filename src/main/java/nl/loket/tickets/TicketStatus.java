package nl.loket.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is. New until staff first touch it; open while staff work on it; waiting for the
 * customer or on hold (waiting for someone else); resolved (closes by itself after a while unless
 * the customer answers); closed for good.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    WAITING_FOR_CUSTOMER,
    ON_HOLD,
    RESOLVED,
    CLOSED;

    /** The statuses of tickets that still need something from someone: an agent's default queue. */
    public static final Set<TicketStatus> ACTIVE = EnumSet.of(NEW, OPEN, WAITING_FOR_CUSTOMER, ON_HOLD);

    /** The statuses an agent can choose (new is only where a ticket starts). */
    public static final Set<TicketStatus> CHOSEN_BY_STAFF =
            EnumSet.of(OPEN, WAITING_FOR_CUSTOMER, ON_HOLD, RESOLVED, CLOSED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** A customer's answer brings a resolved or waiting ticket back to the agents. */
    boolean reopensOnCustomerReply() {
        return this == RESOLVED || this == WAITING_FOR_CUSTOMER;
    }
}
