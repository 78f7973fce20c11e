package nl.loket.tickets;

import java.time.Instant;
import java.util.List;

/**
 * One message as the customer sees it, in pages and in quoted mail history. Never an internal
 * note, and never the name of the agent who wrote it: staff and Loket appear as the team.
 *
 * @param author the customer's own name, or the team name
 */
public record ConversationEntry(
        boolean fromCustomer, String author, Instant at, String text, List<AttachedFile> files) {

    public ConversationEntry {
        files = List.copyOf(files);
    }
}
