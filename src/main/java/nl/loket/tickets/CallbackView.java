package nl.loket.tickets;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A callback request as the desk sees it: whom to call, when, and how the attempts went so far. */
public record CallbackView(
        PhoneNumber phone,
        CallbackWindow window,
        int attempts,
        @Nullable CallbackOutcome lastOutcome,
        @Nullable Instant lastAttempt) {}
