package nl.loket.tickets;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/** A message as staff see it: who really wrote it, and whether it is an internal note. */
public record AgentMessage(
        long id,
        AuthorKind authorKind,
        String authorName,
        @Nullable AccountId staff,
        boolean internal,
        Channel channel,
        Instant at,
        String text) {}
