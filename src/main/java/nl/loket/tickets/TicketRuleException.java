package nl.loket.tickets;

/**
 * A change that the ticket's rules do not allow, such as answering a closed ticket. The message key
 * ({@code tickets.rule.*}) explains it to the person who tried.
 */
public class TicketRuleException extends RuntimeException {

    private final String messageKey;

    TicketRuleException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    static TicketRuleException closed() {
        return new TicketRuleException("tickets.rule.closed", "The ticket is closed");
    }
}
