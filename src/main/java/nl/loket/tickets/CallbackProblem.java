package nl.loket.tickets;

/**
 * A callback window the desk cannot keep. The kind's message key ({@code tickets.callback.problem.*})
 * explains it to the customer or agent.
 */
public class CallbackProblem extends RuntimeException {

    /** Why the window cannot be kept. */
    public enum Kind {
        /** The day is over, or the window on today has passed. */
        PASSED,
        /** More than {@link Callbacks#MAX_DAYS_AHEAD} days ahead. */
        TOO_FAR,
        /** A weekend day or holiday of the office-hours calendar. */
        CLOSED;

        public String messageKey() {
            return "tickets.callback.problem."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;

    CallbackProblem(Kind kind) {
        super("Callback window refused: " + kind);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
