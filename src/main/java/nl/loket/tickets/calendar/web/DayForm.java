package nl.loket.tickets.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A whole day to close, as typed: a date ({@code 2025-05-30} or {@code 30-5-2025}) and a name. */
record DayForm(@Nullable String date, @Nullable String name) {

    static final int MAX_NAME_LENGTH = 200;

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    static DayForm empty() {
        return new DayForm("", "");
    }

    /** The date, or null after rejecting the fields that are wrong. */
    @Nullable
    LocalDate checked(Errors errors) {
        var typedName = name == null ? "" : name.strip();
        if (typedName.isEmpty()) {
            errors.rejectValue("name", "tickets.calendar.day.name-missing");
        } else if (typedName.length() > MAX_NAME_LENGTH) {
            errors.rejectValue("name", "tickets.calendar.day.name-too-long", new Object[] {MAX_NAME_LENGTH}, null);
        }
        var typedDate = date == null ? "" : date.strip();
        LocalDate parsed = null;
        if (typedDate.isEmpty()) {
            errors.rejectValue("date", "tickets.calendar.day.date-missing");
        } else {
            parsed = parse(typedDate);
            if (parsed == null) {
                errors.rejectValue("date", "tickets.calendar.day.date-invalid", new Object[] {typedDate}, null);
            }
        }
        return errors.hasErrors() ? null : parsed;
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    private static @Nullable LocalDate parse(String text) {
        for (var format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return null;
    }
}
