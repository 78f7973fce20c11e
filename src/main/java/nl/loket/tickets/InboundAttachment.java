package nl.loket.tickets;

/** A file attached to an inbound mail, as the sender named and typed it. */
public record InboundAttachment(String filename, String contentType, byte[] content) {}
