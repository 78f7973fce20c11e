package nl.loket.tickets.calendar;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Random calendars, instants, amounts and pauses for the business-time properties. */
final class BusinessTimeGenerators {

    private static final Instant FIRST = Calendars.at("2020-01-01 00:00");
    private static final Instant LAST = Calendars.at("2036-01-01 00:00");

    /** Days where things go wrong if they go wrong at all: clock changes, holidays, year ends. */
    private static final List<LocalDate> TRICKY_DAYS = List.of(
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 10, 27),
            LocalDate.of(2025, 3, 30),
            LocalDate.of(2025, 10, 26),
            LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 10, 25),
            LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 26),
            LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 12, 24),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 4, 27),
            LocalDate.of(2030, 5, 5));

    private BusinessTimeGenerators() {}

    /** A calendar: one of ours, or a random week with random added days and holiday rules. */
    static Gen<BusinessTime> calendars() {
        var fixed = pick(List.of(
                        Calendars.officeHours(),
                        Calendars.alwaysOpen(),
                        Calendars.withLunchBreak(),
                        Calendars.sundayNights("01:00", "04:00"),
                        Calendars.sundayNights("02:15", "02:45")))
                .describedAs(BusinessTimeGenerators::describe);
        var random = weeks().zip(
                        holidays(), (week, holidays) -> BusinessTime.of(BusinessTime.AMSTERDAM, week, holidays))
                .describedAs(BusinessTimeGenerators::describe);
        return frequency(Pair.of(1, fixed), Pair.of(2, random));
    }

    /** Up to two intervals per day on a quarter-hour grid that favours midnight; never closed all week. */
    static Gen<WeekSchedule> weeks() {
        Gen<Integer> boundary = frequency(Pair.of(1, constant(0)), Pair.of(1, constant(96)), Pair.of(4, range(0, 96)));
        Gen<List<WorkingInterval>> day = in -> {
            var count = range(0, 2).generate(in);
            var points = new TreeSet<Integer>();
            for (int i = 0; i < count * 2; i++) {
                points.add(boundary.generate(in) * 15);
            }
            var sorted = new ArrayList<>(points);
            var intervals = new ArrayList<WorkingInterval>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                intervals.add(new WorkingInterval(sorted.get(i), sorted.get(i + 1)));
            }
            return intervals;
        };
        return in -> {
            var hours = new EnumMap<DayOfWeek, List<WorkingInterval>>(DayOfWeek.class);
            for (var weekday : DayOfWeek.values()) {
                hours.put(weekday, day.generate(in));
            }
            if (hours.values().stream().allMatch(List::isEmpty)) {
                hours.put(DayOfWeek.WEDNESDAY, List.of(new WorkingInterval(600, 660)));
            }
            return WeekSchedule.of(Map.copyOf(hours));
        };
    }

    static Gen<Holidays> holidays() {
        var rules = booleans().zip(booleans(), enumValues(LiberationDay.class), HolidayRules::new);
        Gen<List<Holiday>> added = in -> {
            var days = new ArrayList<Holiday>();
            for (int i = range(0, 6).generate(in); i > 0; i--) {
                var date = LocalDate.of(2025, 1, 1).plusDays(range(-400, 800).generate(in));
                days.add(new Holiday(date, null, "Extra", Holiday.Source.ADDED));
            }
            return days;
        };
        return rules.zip(added, Holidays::of);
    }

    /** Instants between 2020 and 2036, many on tricky days, some with nanoseconds. */
    static Gen<Instant> instants() {
        Gen<Instant> anywhere =
                longRange(FIRST.getEpochSecond(), LAST.getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
        Gen<Instant> tricky = pick(TRICKY_DAYS)
                .zip(range(0, 24 * 60 - 1), (day, minute) -> day.atStartOfDay(BusinessTime.AMSTERDAM)
                        .plusMinutes(minute)
                        .toInstant());
        Gen<Instant> withNanos = anywhere.zip(range(0, 999_999_999), (instant, nanos) -> instant.plusNanos(nanos));
        return frequency(Pair.of(3, anywhere), Pair.of(3, tricky), Pair.of(1, withNanos))
                .describedAs(Calendars::local);
    }

    /** Business time from nothing to about twelve working weeks of office hours, some with milliseconds. */
    static Gen<Duration> amounts() {
        Gen<Duration> minutes = oneOf(range(0, 600), range(0, 30_000)).map(count -> Duration.ofMinutes(count));
        Gen<Duration> precise = longRange(0, 720_000_000L)
                .map(millis -> Duration.ofMillis(millis).plusNanos(7));
        return frequency(Pair.of(4, minutes), Pair.of(1, precise));
    }

    /** Up to three pauses around {@code start}, the last one sometimes still going on. */
    static Gen<Pauses> pausesAround(Instant start) {
        return in -> {
            var pauses = new ArrayList<Pause>();
            for (int i = range(0, 3).generate(in); i > 0; i--) {
                var from = start.plus(
                        Duration.ofMinutes(range(-3 * 24 * 60, 20 * 24 * 60).generate(in)));
                var length = Duration.ofMinutes(range(0, 5 * 24 * 60).generate(in));
                var ongoing = range(0, 9).generate(in) == 0;
                pauses.add(ongoing ? Pause.since(from) : Pause.between(from, from.plus(length)));
            }
            return Pauses.of(pauses);
        };
    }

    private static String describe(BusinessTime calendar) {
        return "week " + calendar.week() + ", holidays " + calendar.holidays(2025);
    }
}
