package nl.loket.tickets;

import nl.loket.shared.EmailAddress;

/**
 * What the desk shows before a merge is confirmed: both tickets, whose they are, and how many
 * messages will move.
 */
public record MergePreview(
        TicketNumber source,
        String sourceSubject,
        TicketNumber target,
        String targetSubject,
        TicketStatus targetStatus,
        String requesterName,
        EmailAddress requesterEmail,
        int messagesToMove) {}
