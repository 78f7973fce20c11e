package nl.loket.accounts;

import java.time.Duration;
import java.util.List;

/**
 * The answer to a 2FA code (or password) someone entered.
 *
 * @param outcome what happened
 * @param retryAfter how long to wait before trying again, when {@link Outcome#THROTTLED}
 * @param recoveryCodes new recovery codes to show once, after enabling or regenerating
 */
public record CodeCheck(Outcome outcome, Duration retryAfter, List<String> recoveryCodes) {

    /** What became of the code. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        /** Too many wrong codes: nothing was checked; wait first. */
        THROTTLED,
        /** The request does not fit the account's state (2FA already on, off, or required). */
        NOT_ALLOWED
    }

    static CodeCheck accepted() {
        return new CodeCheck(Outcome.ACCEPTED, Duration.ZERO, List.of());
    }

    static CodeCheck accepted(List<String> recoveryCodes) {
        return new CodeCheck(Outcome.ACCEPTED, Duration.ZERO, recoveryCodes);
    }

    static CodeCheck wrong() {
        return new CodeCheck(Outcome.WRONG, Duration.ZERO, List.of());
    }

    static CodeCheck throttled(Duration wait) {
        return new CodeCheck(Outcome.THROTTLED, wait, List.of());
    }

    static CodeCheck notAllowed() {
        return new CodeCheck(Outcome.NOT_ALLOWED, Duration.ZERO, List.of());
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** Whole minutes to wait, rounded up, for messages. */
    public long waitMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
