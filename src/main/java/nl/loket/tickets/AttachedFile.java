package nl.loket.tickets;

/** A file attached to a message, as a conversation lists it: a download link by its id. */
public record AttachedFile(long id, String fileName, long sizeBytes) {}
