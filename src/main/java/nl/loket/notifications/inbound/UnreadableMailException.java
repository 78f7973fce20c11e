package nl.loket.notifications.inbound;

/** A mail that cannot be turned into a message (no sender, a body that does not parse). */
class UnreadableMailException extends RuntimeException {

    UnreadableMailException(String message) {
        super(message);
    }

    UnreadableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
