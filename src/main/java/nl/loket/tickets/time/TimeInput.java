package nl.loket.tickets.time;

import java.time.LocalDate;

/** Time as an agent types it: minutes on a day, billable or included, and what was done. */
public record TimeInput(int minutes, LocalDate day, boolean billable, String description) {

    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_DESCRIPTION = 200;

    public TimeInput {
        description = description.strip();
    }

    /** Refuses minutes outside 1..1440, a day after {@code today} and a missing or long description. */
    void check(LocalDate today) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new TimeEntryRefused("tickets.time.error.minutes", "minutes");
        }
        if (day.isAfter(today)) {
            throw new TimeEntryRefused("tickets.time.error.future", "day");
        }
        checkDescription(description);
    }

    static void checkDescription(String description) {
        if (description.isBlank()) {
            throw new TimeEntryRefused("tickets.time.error.description-required", "description");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new TimeEntryRefused("tickets.time.error.description-long", "description");
        }
    }
}
