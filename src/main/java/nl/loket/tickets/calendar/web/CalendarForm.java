package nl.loket.tickets.calendar.web;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import nl.loket.tickets.calendar.CalendarAdministration;
import nl.loket.tickets.calendar.CalendarChange;
import nl.loket.tickets.calendar.CalendarDetails;
import nl.loket.tickets.calendar.HolidayRules;
import nl.loket.tickets.calendar.LiberationDay;
import nl.loket.tickets.calendar.WeekSchedule;
import nl.loket.tickets.calendar.WorkingHoursText;
import nl.loket.tickets.calendar.WorkingInterval;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A calendar's settings as typed: its name, one line of hours per weekday, and its holiday rules. */
record CalendarForm(
        @Nullable String name,
        @Nullable String monday,
        @Nullable String tuesday,
        @Nullable String wednesday,
        @Nullable String thursday,
        @Nullable String friday,
        @Nullable String saturday,
        @Nullable String sunday,
        @Nullable Boolean dutchHolidays,
        @Nullable Boolean goodFriday,
        @Nullable LiberationDay liberationDay,
        @Nullable Long version) {

    /** The form's field for each weekday, Monday first. */
    static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

    static CalendarForm of(CalendarDetails calendar) {
        var week = calendar.week();
        var rules = calendar.rules();
        return new CalendarForm(
                calendar.name(),
                WorkingHoursText.format(week.on(DayOfWeek.MONDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.TUESDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.WEDNESDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.THURSDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.FRIDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.SATURDAY)),
                WorkingHoursText.format(week.on(DayOfWeek.SUNDAY)),
                rules.dutchHolidays(),
                rules.goodFriday(),
                rules.liberationDay(),
                calendar.version());
    }

    static String field(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    String hours(DayOfWeek day) {
        var text =
                switch (day) {
                    case MONDAY -> monday;
                    case TUESDAY -> tuesday;
                    case WEDNESDAY -> wednesday;
                    case THURSDAY -> thursday;
                    case FRIDAY -> friday;
                    case SATURDAY -> saturday;
                    case SUNDAY -> sunday;
                };
        return text == null ? "" : text;
    }

    /** The change this form asks for, or null after rejecting the fields that are wrong. */
    @Nullable
    CalendarChange toChange(Errors errors) {
        var typedName = name == null ? "" : name.strip();
        if (typedName.isEmpty() || typedName.length() > CalendarAdministration.MAX_NAME_LENGTH) {
            errors.rejectValue("name", "tickets.calendar.problem.NAME_MISSING");
        }
        var days = new EnumMap<DayOfWeek, List<WorkingInterval>>(DayOfWeek.class);
        for (var day : DAYS) {
            try {
                days.put(day, WorkingHoursText.parse(hours(day)));
            } catch (WorkingHoursText.Invalid invalid) {
                errors.rejectValue(field(day), invalid.key(), invalid.arguments(), invalid.key());
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            var week = WeekSchedule.of(days);
            var rules = new HolidayRules(
                    Boolean.TRUE.equals(dutchHolidays),
                    Boolean.TRUE.equals(goodFriday),
                    liberationDay == null ? LiberationDay.NEVER : liberationDay);
            return new CalendarChange(typedName, week, rules, version == null ? -1 : version);
        } catch (WorkingHoursText.Invalid neverOpen) {
            errors.reject(neverOpen.key(), neverOpen.arguments(), neverOpen.key());
            return null;
        }
    }
}
