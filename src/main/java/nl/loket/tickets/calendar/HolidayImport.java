package nl.loket.tickets.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which days of an iCalendar file become holidays of a calendar, and why the others do not. Every
 * day an event covers becomes a whole closed day named after the event's summary; an event that
 * ends at midnight does not close the day it ends on.
 */
public final class HolidayImport {

    /** Longer events (a holiday season, a project) are not taken as a run of holidays. */
    public static final int MAX_DAYS_PER_EVENT = 31;

    /** Why an event or one of its days was not imported; texts are {@code tickets.calendar.import.skip.<NAME>}. */
    public enum SkipReason {
        REPEATS,
        CANCELLED,
        NO_NAME,
        ENDS_BEFORE_START,
        TOO_LONG,
        OUT_OF_RANGE,
        ALREADY_A_HOLIDAY,
        ALREADY_ADDED,
        TWICE_IN_FILE;

        public String messageKey() {
            return "tickets.calendar.import.skip." + name();
        }
    }

    /**
     * An event or day left out: the line its VEVENT starts on, its summary, the day (null when the
     * whole event was left out), the reason, and the holiday already on that day, if that is the reason.
     */
    public record Skipped(
            int line, String summary, @Nullable LocalDate date, SkipReason reason, @Nullable Holiday clash) {}

    /** The days to add (in date order) and what was left out (in file order). */
    public record Plan(List<Holiday> imported, List<Skipped> skipped) {}

    private HolidayImport() {}

    public static Plan plan(List<ICalendarFile.Event> events, Holidays existing) {
        var imported = new ArrayList<Holiday>();
        var skipped = new ArrayList<Skipped>();
        var taken = new HashMap<LocalDate, Holiday>();
        var yearsSeen = new HashMap<Integer, Map<LocalDate, Holiday>>();
        for (var event : events) {
            var summary = event.summary() == null ? "" : event.summary();
            var reason = reasonToSkip(event, summary);
            if (reason != null) {
                skipped.add(new Skipped(event.line(), summary, null, reason, null));
                continue;
            }
            var name = summary.length() > 200 ? summary.substring(0, 200) : summary;
            for (var day = event.start().toLocalDate(); !day.isAfter(lastDay(event)); day = day.plusDays(1)) {
                var closed = yearsSeen.computeIfAbsent(day.getYear(), existing::closedDays);
                var already = closed.get(day);
                if (already != null) {
                    var why = already.isComputed() ? SkipReason.ALREADY_A_HOLIDAY : SkipReason.ALREADY_ADDED;
                    skipped.add(new Skipped(event.line(), summary, day, why, already));
                } else if (taken.containsKey(day)) {
                    skipped.add(new Skipped(event.line(), summary, day, SkipReason.TWICE_IN_FILE, taken.get(day)));
                } else {
                    var holiday = new Holiday(day, null, name, Holiday.Source.IMPORTED);
                    taken.put(day, holiday);
                    imported.add(holiday);
                }
            }
        }
        imported.sort(null);
        return new Plan(List.copyOf(imported), List.copyOf(skipped));
    }

    private static @Nullable SkipReason reasonToSkip(ICalendarFile.Event event, String summary) {
        if (event.cancelled()) {
            return SkipReason.CANCELLED;
        }
        if (event.repeats()) {
            return SkipReason.REPEATS;
        }
        if (summary.isBlank()) {
            return SkipReason.NO_NAME;
        }
        var end = event.end();
        if (end != null && end.isBefore(event.start())) {
            return SkipReason.ENDS_BEFORE_START;
        }
        var first = event.start().toLocalDate();
        var last = lastDay(event);
        if (first.getYear() < BusinessTime.FIRST_YEAR || last.getYear() > BusinessTime.LAST_YEAR) {
            return SkipReason.OUT_OF_RANGE;
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS_PER_EVENT) {
            return SkipReason.TOO_LONG;
        }
        return null;
    }

    /** The last day an event covers: the day it ends on, unless it ends at that day's midnight. */
    private static LocalDate lastDay(ICalendarFile.Event event) {
        var end = event.end();
        if (end == null || !end.isAfter(event.start())) {
            return event.start().toLocalDate();
        }
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }
}
