package nl.loket.tickets.time;

import org.jspecify.annotations.Nullable;

/**
 * Time that cannot be logged or changed as asked. The message key ({@code tickets.time.error.*})
 * explains it to the agent; the field, if any, is the form or JSON field it is about.
 */
public class TimeEntryRefused extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;

    public TimeEntryRefused(String messageKey, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }
}
