package nl.loket.tickets;

/** The customer added a message to their ticket (on the web or by e-mail); the agents have work. */
public record CustomerReplied(TicketNumber number, String departmentCode, Channel channel, TicketStatus status) {}
