package nl.loket.tickets;

import java.util.List;
import nl.loket.accounts.AccountId;

/**
 * How far an agent's page of a ticket went: the id of the newest message it showed (message ids only
 * grow). Whatever came after it from anyone else (the customer, a colleague's reply or note) is what
 * the agent has not read; their own messages they know. A reply written on such a view is held back
 * (see {@link StaleReplyException} and ADR 15).
 */
public record SeenUpTo(long messageId) {

    public SeenUpTo {
        if (messageId < 0) {
            throw new IllegalArgumentException("A message id is never negative");
        }
    }

    /** The messages of {@code conversation} that {@code agent} has not seen on their page. */
    public List<AgentMessage> unread(List<AgentMessage> conversation, AccountId agent) {
        return conversation.stream()
                .filter(message -> message.id() > messageId && !agent.equals(message.staff()))
                .toList();
    }
}
