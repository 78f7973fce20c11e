package nl.loket.notifications.inbound;

/** What became of one mail read from the support mailbox. */
public enum InboundOutcome {
    /** Handed over and added to an existing ticket. */
    ADDED_TO_TICKET,
    /** Handed over and opened a new ticket. */
    OPENED_TICKET,
    /** Handed over, but the ticket module did not take it (its reason is in the detail). */
    REFUSED,
    /** Not handed over: an auto-reply, a bounce, Loket's own mail or a sender over the hourly cap. */
    IGNORED,
    /** Not handed over: unreadable, too large, or the ticket module failed on it. */
    FAILED;

    /** Whether the ticket module received the mail (and must never receive it again). */
    public boolean handedOver() {
        return this == ADDED_TO_TICKET || this == OPENED_TICKET || this == REFUSED;
    }
}
