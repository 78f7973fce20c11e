package nl.loket.tickets.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working hours for each day of the week: zero or more intervals per day, in start order, none
 * overlapping another. A schedule is open on at least one day.
 */
public final class WeekSchedule {

    private final Map<DayOfWeek, List<WorkingInterval>> days;

    private WeekSchedule(Map<DayOfWeek, List<WorkingInterval>> days) {
        this.days = days;
    }

    /**
     * @throws WorkingHoursText.Invalid when intervals of one day overlap, or when no day has working hours
     */
    public static WeekSchedule of(Map<DayOfWeek, List<WorkingInterval>> hours) {
        var days = new EnumMap<DayOfWeek, List<WorkingInterval>>(DayOfWeek.class);
        var open = false;
        for (var day : DayOfWeek.values()) {
            var intervals = new ArrayList<>(hours.getOrDefault(day, List.of()));
            intervals.sort(null);
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i - 1).overlaps(intervals.get(i))) {
                    throw new WorkingHoursText.Invalid(
                            "tickets.calendar.hours.overlap",
                            intervals.get(i - 1).toString(),
                            intervals.get(i).toString());
                }
            }
            open |= !intervals.isEmpty();
            days.put(day, List.copyOf(intervals));
        }
        if (!open) {
            throw new WorkingHoursText.Invalid("tickets.calendar.hours.never-open");
        }
        return new WeekSchedule(days);
    }

    /** The same hours on the given days, closed on the others. */
    public static WeekSchedule on(List<DayOfWeek> openDays, List<WorkingInterval> hours) {
        var map = new EnumMap<DayOfWeek, List<WorkingInterval>>(DayOfWeek.class);
        openDays.forEach(day -> map.put(day, hours));
        return of(map);
    }

    /** Monday to Friday, 09:00 to 17:00. */
    public static WeekSchedule officeHours() {
        return on(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(new WorkingInterval(9 * 60, 17 * 60)));
    }

    /** Every day, all day. */
    public static WeekSchedule alwaysOpen() {
        return on(List.of(DayOfWeek.values()), List.of(new WorkingInterval(0, WorkingInterval.END_OF_DAY)));
    }

    public List<WorkingInterval> on(DayOfWeek day) {
        return days.get(day);
    }

    /** Working minutes in a week without holidays and clock changes. */
    public int minutesPerWeek() {
        return days.values().stream()
                .flatMap(List::stream)
                .mapToInt(WorkingInterval::minutes)
                .sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeekSchedule schedule && schedule.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return days.toString();
    }
}
