package nl.loket.accounts.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * Someone whose password was right but whose second factor is still due. Kept in the session
 * instead of a security context, so to every access rule the visitor is still anonymous.
 */
record PendingSignIn(Authentication authentication, Instant passwordAcceptedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingSignIn.class.getName();

    /** How long the code may take after the password: long enough to find the phone, no longer. */
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    boolean isExpired(Instant now) {
        return !now.isBefore(passwordAcceptedAt.plus(VALID_FOR));
    }
}
