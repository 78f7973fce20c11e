package nl.loket.tickets;

/**
 * Where the inbound mail reader hands over each mail that is neither an auto-reply nor a bounce.
 * Implemented by the ticket module; called by {@code notifications}, which owns the IMAP protocol.
 */
public interface TicketMailbox {

    /**
     * Adds the message to the ticket it answers (found by its reply token, or by the ticket number in
     * the subject when the sender is the ticket's customer), or opens a new ticket in the department
     * the mail was addressed to. Runs in the caller's transaction.
     */
    InboundResult receive(InboundMessage message);

    /** What became of an inbound message. */
    sealed interface InboundResult {

        /** The message was added to an existing ticket. */
        record AddedToTicket(String ticketNumber) implements InboundResult {}

        /** The message opened a new ticket. */
        record OpenedTicket(String ticketNumber) implements InboundResult {}

        /** The message was not taken (for example from a blocked sender); the reason is for the log. */
        record Refused(String reason) implements InboundResult {}
    }
}
