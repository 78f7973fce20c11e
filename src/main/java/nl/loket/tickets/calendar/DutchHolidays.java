package nl.loket.tickets.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dutch public holidays of one year under a calendar's rules. Easter and the holidays that
 * follow it come from {@link Easter}; Koningsdag is 27 April, or 26 April when the 27th is a
 * Sunday (from 2014; before that Koninginnedag, 30 April, or 29 April when the 30th is a Sunday).
 */
public final class DutchHolidays {

    private DutchHolidays() {}

    /** The holidays in date order; none when the rules leave out the Dutch holidays. */
    public static List<Holiday> of(int year, HolidayRules rules) {
        if (!rules.dutchHolidays()) {
            return List.of();
        }
        var easter = Easter.sunday(year);
        var days = new ArrayList<Holiday>();
        days.add(Holiday.computed(LocalDate.of(year, Month.JANUARY, 1), HolidayKind.NEW_YEARS_DAY));
        if (rules.goodFriday()) {
            days.add(Holiday.computed(easter.minusDays(2), HolidayKind.GOOD_FRIDAY));
        }
        days.add(Holiday.computed(easter, HolidayKind.EASTER_SUNDAY));
        days.add(Holiday.computed(easter.plusDays(1), HolidayKind.EASTER_MONDAY));
        days.add(Holiday.computed(kingsDay(year), HolidayKind.KINGS_DAY));
        if (rules.liberationDay().closes(year)) {
            days.add(Holiday.computed(LocalDate.of(year, Month.MAY, 5), HolidayKind.LIBERATION_DAY));
        }
        days.add(Holiday.computed(easter.plusDays(39), HolidayKind.ASCENSION_DAY));
        days.add(Holiday.computed(easter.plusDays(49), HolidayKind.WHIT_SUNDAY));
        days.add(Holiday.computed(easter.plusDays(50), HolidayKind.WHIT_MONDAY));
        days.add(Holiday.computed(LocalDate.of(year, Month.DECEMBER, 25), HolidayKind.CHRISTMAS_DAY));
        days.add(Holiday.computed(LocalDate.of(year, Month.DECEMBER, 26), HolidayKind.SECOND_CHRISTMAS_DAY));
        days.sort(null);
        return List.copyOf(days);
    }

    static LocalDate kingsDay(int year) {
        var birthday = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }
}
