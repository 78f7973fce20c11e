package nl.loket.tickets.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.loket.tickets.time.TimeEntryRefused;
import nl.loket.tickets.time.TimeInput;
import org.jspecify.annotations.Nullable;

/**
 * The time form on the desk as typed, kept as text so that a refused form comes back as it was.
 *
 * @param day {@code yyyy-MM-dd} (an HTML date input)
 */
record TimeForm(
        @Nullable String minutes, @Nullable String day, @Nullable Boolean billable, @Nullable String description) {

    /** Missing fields (an unticked checkbox sends nothing) become empty, so binding never fails. */
    TimeForm {
        billable = Boolean.TRUE.equals(billable);
        minutes = minutes == null ? "" : minutes;
        day = day == null ? "" : day;
        description = description == null ? "" : description;
    }

    static TimeForm empty(LocalDate today) {
        return new TimeForm("", today.toString(), false, "");
    }

    /** The input, or the message key and field of what cannot be read. */
    TimeInput toInput() {
        int parsedMinutes;
        try {
            parsedMinutes = Integer.parseInt(minutes.strip());
        } catch (NumberFormatException e) {
            throw new TimeEntryRefused("tickets.time.error.minutes", "minutes");
        }
        LocalDate parsedDay;
        try {
            parsedDay = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new TimeEntryRefused("tickets.time.error.day", "day");
        }
        return new TimeInput(parsedMinutes, parsedDay, Boolean.TRUE.equals(billable), description);
    }
}
