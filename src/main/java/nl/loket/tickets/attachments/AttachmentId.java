package nl.loket.tickets.attachments;

/** Identifies a stored attachment. */
public record AttachmentId(long value) {}
