package nl.loket.tickets.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Calendars and Amsterdam wall-clock times for the business-time tests. */
final class Calendars {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Calendars() {}

    /** Monday to Friday 09:00-17:00, Dutch holidays (Bevrijdingsdag in lustrum years, no Goede Vrijdag). */
    static BusinessTime officeHours() {
        return officeHours(List.of());
    }

    static BusinessTime officeHours(List<Holiday> added) {
        return BusinessTime.of(
                BusinessTime.AMSTERDAM, WeekSchedule.officeHours(), Holidays.of(HolidayRules.DUTCH, added));
    }

    static BusinessTime officeHours(HolidayRules rules) {
        return BusinessTime.of(BusinessTime.AMSTERDAM, WeekSchedule.officeHours(), Holidays.of(rules, List.of()));
    }

    static BusinessTime alwaysOpen() {
        return BusinessTime.alwaysOpen(BusinessTime.AMSTERDAM);
    }

    /** Monday to Friday 09:00-12:30 and 13:00-17:00. */
    static BusinessTime withLunchBreak() {
        var days =
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        return BusinessTime.of(
                BusinessTime.AMSTERDAM,
                WeekSchedule.on(
                        days, List.of(WorkingInterval.of("09:00", "12:30"), WorkingInterval.of("13:00", "17:00"))),
                Holidays.of(HolidayRules.DUTCH, List.of()));
    }

    /** Open on Sunday nights, when the clocks change: 01:00-04:00, and 02:15-02:45 as a second calendar. */
    static BusinessTime sundayNights(String start, String end) {
        return BusinessTime.of(
                BusinessTime.AMSTERDAM,
                WeekSchedule.of(Map.of(DayOfWeek.SUNDAY, List.of(WorkingInterval.of(start, end)))),
                Holidays.none());
    }

    static Instant at(String amsterdamTime) {
        return LocalDateTime.parse(amsterdamTime, FORMAT)
                .atZone(BusinessTime.AMSTERDAM)
                .toInstant();
    }

    static String local(Instant instant) {
        return instant.atZone(BusinessTime.AMSTERDAM).format(FORMAT);
    }
}
