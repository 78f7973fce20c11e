package nl.loket.tickets;

import java.util.List;
import nl.loket.tickets.attachments.Rejection;

/**
 * A message's files were not all accepted: nothing of the message was kept (the transaction rolls
 * back), and the form shows these refusals next to everything that was typed.
 */
public class AttachmentsRefused extends RuntimeException {

    private final List<Rejection> rejections;

    public AttachmentsRefused(List<Rejection> rejections) {
        super("Attachments refused: " + rejections.size());
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
