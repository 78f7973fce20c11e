package nl.loket.tickets.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All days a calendar is closed: the public holidays its rules compute, and the days added to it. */
public final class Holidays {

    private final HolidayRules rules;
    private final TreeMap<LocalDate, Holiday> added;

    private Holidays(HolidayRules rules, TreeMap<LocalDate, Holiday> added) {
        this.rules = rules;
        this.added = added;
    }

    public static Holidays of(HolidayRules rules, Collection<Holiday> addedDays) {
        var added = addedDays.stream()
                .collect(Collectors.toMap(Holiday::date, Function.identity(), (a, b) -> a, TreeMap::new));
        return new Holidays(rules, added);
    }

    public static Holidays none() {
        return of(HolidayRules.NONE, List.of());
    }

    public HolidayRules rules() {
        return rules;
    }

    /** The computed and the added holidays of a year, in date order. */
    public List<Holiday> in(int year) {
        var days = new ArrayList<>(DutchHolidays.of(year, rules));
        days.addAll(added.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .values());
        days.sort(null);
        return days;
    }

    /** The days a year is closed, each once. */
    Map<LocalDate, Holiday> closedDays(int year) {
        var days = new TreeMap<LocalDate, Holiday>();
        in(year).forEach(holiday -> days.putIfAbsent(holiday.date(), holiday));
        return days;
    }
}
