package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A message as staff see it: who really wrote it, whether it is an internal note, and its files
 * (a note's files are for staff only, like the note).
 */
public record AgentMessage(
        long id,
        AuthorKind authorKind,
        String authorName,
        @Nullable AccountId staff,
        boolean internal,
        Channel channel,
        Instant at,
        String text,
        List<AttachedFile> files) {

    public AgentMessage {
        files = List.copyOf(files);
    }
}
