package nl.loket.tickets.remote;

/** Why a booking or cancellation was refused; {@link #messageKey()} says it in the reader's language. */
public class RemoteSupportProblem extends RuntimeException {

    public enum Kind {
        /** The last place went to somebody else a moment ago. */
        SLOT_FULL,
        /** The slot does not exist, was cancelled, or has started. */
        SLOT_GONE,
        /** The customer has a place in this slot already. */
        ALREADY_BOOKED,
        /** The problem description is empty. */
        DESCRIPTION_MISSING,
        /** The booking is not the customer's, or does not exist. */
        BOOKING_NOT_FOUND,
        /** The booking was cancelled already. */
        ALREADY_CANCELLED,
        /** The slot starts too soon to cancel. */
        TOO_LATE_TO_CANCEL
    }

    private final Kind kind;

    public RemoteSupportProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "tickets.remote.problem." + kind.name().toLowerCase().replace('_', '-');
    }
}
