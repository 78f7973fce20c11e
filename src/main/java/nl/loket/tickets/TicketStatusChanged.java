package nl.loket.tickets;

/**
 * A ticket's status changed. {@code informCustomer} says whether the customer should hear of it:
 * not when they made the change themselves, not for the agents' own bookkeeping (new to open), and
 * not when a reply mail already says so.
 */
public record TicketStatusChanged(
        TicketMailContext mail, TicketStatus from, TicketStatus to, AuthorKind by, boolean informCustomer) {}
