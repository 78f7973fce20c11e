package nl.loket.notifications.inbound;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the inbound mail log, as administrators see it at {@code /admin/inbound}. */
public record InboundLogEntry(
        long id,
        Instant receivedAt,
        String mailbox,
        String messageId,
        @Nullable String sender,
        String subject,
        InboundOutcome outcome,
        @Nullable String detail,
        @Nullable String ticketNumber) {}
