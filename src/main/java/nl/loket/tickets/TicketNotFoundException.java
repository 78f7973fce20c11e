package nl.loket.tickets;

/**
 * There is no ticket with this number, or the caller may not see it: the two are never told apart,
 * so that guessing numbers or keys teaches nothing.
 */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException() {
        super("No such ticket, or no access to it");
    }
}
