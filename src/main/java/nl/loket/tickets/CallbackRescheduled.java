package nl.loket.tickets;

/**
 * An agent moved a callback request to another window: the customer hears when they will be called
 * now. {@code text} says so in the customer's language (day, window and number).
 */
public record CallbackRescheduled(TicketMailContext mail, String text) {}
