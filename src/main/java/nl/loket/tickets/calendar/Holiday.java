package nl.loket.tickets.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A whole day a calendar is closed: a public holiday computed by its rules ({@code kind} set), or a
 * day an administrator added or imported ({@code kind} null, {@code name} as given).
 */
public record Holiday(LocalDate date, @Nullable HolidayKind kind, String name, Source source)
        implements Comparable<Holiday> {

    /** Where a holiday comes from. */
    public enum Source {
        COMPUTED,
        ADDED,
        IMPORTED
    }

    static Holiday computed(LocalDate date, HolidayKind kind) {
        return new Holiday(date, kind, kind.dutchName(), Source.COMPUTED);
    }

    public boolean isComputed() {
        return source == Source.COMPUTED;
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }
}
