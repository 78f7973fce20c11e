package nl.loket.tickets;

/**
 * A ticket that was just opened: its number, and an access key for the private link (shown once,
 * to whoever opened it; stored only as a hash).
 */
public record OpenedTicket(TicketNumber number, String accessKey) {}
