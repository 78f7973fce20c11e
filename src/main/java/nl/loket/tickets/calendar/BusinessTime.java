package nl.loket.tickets.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arithmetic in the open time of one business calendar: when has a given amount of business time
 * passed after an instant, and how much business time lies between two instants, optionally with
 * pauses during which the clock stands still. Exact to the nanosecond; a 24x7 calendar counts real
 * elapsed time (a day with a clock change has 23 or 25 hours).
 *
 * <p>Immutable and thread-safe. Each calendar year is turned into a table of open intervals the
 * first time it is needed (see {@link YearTable}), so every answer costs a binary search or two,
 * whatever the amount.
 */
public final class BusinessTime {

    /** The years the holiday rules are written for. */
    public static final int FIRST_YEAR = 1980;

    public static final int LAST_YEAR = 2999;

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final ConcurrentHashMap<ZoneId, BusinessTime> ALWAYS_OPEN = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final WeekSchedule week;
    private final Holidays holidays;
    private final ConcurrentHashMap<Integer, YearTable> years = new ConcurrentHashMap<>();

    private BusinessTime(ZoneId zone, WeekSchedule week, Holidays holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
    }

    public static BusinessTime of(ZoneId zone, WeekSchedule week, Holidays holidays) {
        return new BusinessTime(zone, week, holidays);
    }

    /** Open every moment of every day: business time is elapsed time. One shared instance per zone. */
    public static BusinessTime alwaysOpen(ZoneId zone) {
        return ALWAYS_OPEN.computeIfAbsent(zone, z -> new BusinessTime(z, WeekSchedule.alwaysOpen(), Holidays.none()));
    }

    public ZoneId zone() {
        return zone;
    }

    public WeekSchedule week() {
        return week;
    }

    public List<Holiday> holidays(int year) {
        return holidays.in(year);
    }

    /**
     * The first instant by which {@code amount} of business time has passed since {@code start}.
     * An amount that runs out exactly at closing time ends at closing time, not at the next opening.
     *
     * @throws IllegalArgumentException for a negative amount, or an answer outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}
     */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Cannot add negative business time: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        int year = yearOf(start);
        var target = table(year).openBefore(start).plus(amount);
        while (true) {
            var table = table(year);
            if (target.compareTo(table.total) <= 0) {
                return table.instantAt(target);
            }
            target = target.minus(table.total);
            year++;
        }
    }

    /** Business time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        int first = yearOf(from);
        int last = yearOf(to);
        if (first == last) {
            var table = table(first);
            return table.openBefore(to).minus(table.openBefore(from));
        }
        var firstTable = table(first);
        var sum = firstTable.total.minus(firstTable.openBefore(from));
        for (int year = first + 1; year < last; year++) {
            sum = sum.plus(table(year).total);
        }
        return sum.plus(table(last).openBefore(to));
    }

    /**
     * Like {@link #plus(Instant, Duration)}, with the clock standing still during the pauses. Empty
     * when a pause that is still going on stops the clock before the amount has passed.
     */
    public Optional<Instant> plus(Instant start, Duration amount, Pauses pauses) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Cannot add negative business time: " + amount);
        }
        if (amount.isZero()) {
            return Optional.of(start);
        }
        var position = start;
        var remaining = amount;
        for (var pause : pauses.list()) {
            var until = pause.until();
            if (until != null && !until.isAfter(position)) {
                continue;
            }
            if (pause.from().isAfter(position)) {
                var due = plus(position, remaining);
                if (!due.isAfter(pause.from())) {
                    return Optional.of(due);
                }
                remaining = remaining.minus(between(position, pause.from()));
            }
            if (until == null) {
                return Optional.empty();
            }
            position = until;
        }
        return Optional.of(plus(position, remaining));
    }

    /** Like {@link #between(Instant, Instant)}, without the business time that lies within the pauses. */
    public Duration between(Instant from, Instant to, Pauses pauses) {
        var sum = between(from, to);
        for (var pause : pauses.list()) {
            var pausedFrom = pause.from().isAfter(from) ? pause.from() : from;
            var until = pause.until();
            var pausedTo = until == null || until.isAfter(to) ? to : until;
            sum = sum.minus(between(pausedFrom, pausedTo));
        }
        return sum;
    }

    /** Whether {@code t} lies within working hours. */
    public boolean isOpen(Instant t) {
        return table(yearOf(t)).isOpen(t);
    }

    private int yearOf(Instant t) {
        return t.atZone(zone).getYear();
    }

    YearTable table(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Business time is computed for the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return years.computeIfAbsent(
                year, y -> YearTable.build(y, zone, week, holidays.closedDays(y).keySet()));
    }
}
