package nl.loket.tickets;

/** How an attempt to call a customer back went. */
public enum CallbackOutcome {
    /** The customer was reached. */
    REACHED,
    /** Nobody answered (or voicemail). */
    NO_ANSWER,
    /** Another day or window was agreed, or the customer asked for one. */
    RESCHEDULED
}
