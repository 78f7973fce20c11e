package nl.loket.tickets.attachments;

/**
 * The limits a form shows and checks in the browser before uploading (the server checks them again).
 *
 * @param maxBytes the largest file, in bytes
 * @param maxSize the same, for people: "20 MB"
 * @param maxFiles the most files per message
 * @param accept for the file input's {@code accept} attribute: ".pdf,.png,…"
 * @param extensions the accepted extensions for people: "pdf, png, jpg, …"
 */
public record AttachmentRules(long maxBytes, String maxSize, int maxFiles, String accept, String extensions) {}
