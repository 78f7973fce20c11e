package nl.loket.tickets;

import java.util.List;

/**
 * A reply to the customer that was written on a view of the ticket that is no longer current: new
 * messages came in after the one the agent saw last. Nothing was sent or saved; the agent reads the
 * new messages and sends again.
 */
public class StaleReplyException extends RuntimeException {

    private final List<Long> unread;

    StaleReplyException(List<Long> unread) {
        super(unread.size() + " message(s) came in after the view the reply was written on");
        this.unread = List.copyOf(unread);
    }

    /** The ids of the messages the agent had not seen, oldest first. */
    public List<Long> unread() {
        return unread;
    }
}
