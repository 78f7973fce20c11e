package nl.loket.tickets.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

/**
 * One calendar year of a business calendar, computed once: its open intervals as instants (epoch
 * seconds, in order, touching ones joined) and the open time before each, so that "how much open
 * time lies before this instant" and "when has this much open time passed" are binary searches.
 */
final class YearTable {

    final int year;
    final Instant start;
    final Instant end;
    final Duration total;

    private final long[] starts;
    private final long[] ends;
    /** Open seconds before interval i; the last element is the year's total. */
    private final long[] before;

    private YearTable(int year, Instant start, Instant end, long[] starts, long[] ends) {
        this.year = year;
        this.start = start;
        this.end = end;
        this.starts = starts;
        this.ends = ends;
        this.before = new long[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            before[i + 1] = before[i] + (ends[i] - starts[i]);
        }
        this.total = Duration.ofSeconds(before[starts.length]);
    }

    static YearTable build(int year, ZoneId zone, WeekSchedule week, Set<LocalDate> closed) {
        var first = LocalDate.of(year, 1, 1);
        var next = first.plusYears(1);
        var starts = new long[400];
        var ends = new long[400];
        int count = 0;
        for (var day = first; day.isBefore(next); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (var interval : week.on(day.getDayOfWeek())) {
                long from = boundary(zone, day, interval.startMinute(), true);
                long to = boundary(zone, day, interval.endMinute(), false);
                if (to <= from) {
                    continue; // wholly inside the hour the clocks skip in spring
                }
                if (count > 0 && ends[count - 1] >= from) {
                    ends[count - 1] = Math.max(ends[count - 1], to);
                    continue;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = from;
                ends[count] = to;
                count++;
            }
        }
        return new YearTable(
                year,
                first.atStartOfDay(zone).toInstant(),
                next.atStartOfDay(zone).toInstant(),
                Arrays.copyOf(starts, count),
                Arrays.copyOf(ends, count));
    }

    /**
     * Where a wall-clock time of a day lies on the time line. The interval is open from the first
     * moment the clock shows its start until the last moment it shows its end: in the autumn hour
     * that the clock shows twice a start takes the first, an end the second; in the spring hour
     * that the clock skips, both fall on the moment of the change.
     */
    private static long boundary(ZoneId zone, LocalDate day, int minute, boolean isStart) {
        if (minute == WorkingInterval.END_OF_DAY) {
            return day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        var local = day.atStartOfDay().plusMinutes(minute);
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toEpochSecond(offsets.getFirst());
        }
        var transition = rules.getTransition(local);
        if (offsets.isEmpty()) {
            return transition.getInstant().getEpochSecond();
        }
        return local.toEpochSecond(isStart ? transition.getOffsetBefore() : transition.getOffsetAfter());
    }

    /** Open time from the start of the year until {@code t}, which lies in this year (or at its end). */
    Duration openBefore(Instant t) {
        long seconds = t.getEpochSecond();
        int i = lastStartingAtOrBefore(seconds);
        if (i < 0) {
            return Duration.ZERO;
        }
        if (seconds >= ends[i]) {
            return Duration.ofSeconds(before[i + 1]);
        }
        return Duration.ofSeconds(before[i] + (seconds - starts[i]), t.getNano());
    }

    /** The first instant by which {@code target} open time of this year has passed; {@code 0 < target <= total}. */
    Instant instantAt(Duration target) {
        long seconds = target.getSeconds();
        int nanos = target.getNano();
        // the first interval whose end has target open time before it
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            long openAtEnd = before[middle + 1];
            if (openAtEnd > seconds || (openAtEnd == seconds && nanos == 0)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Instant.ofEpochSecond(starts[low] + (seconds - before[low]), nanos);
    }

    boolean isOpen(Instant t) {
        int i = lastStartingAtOrBefore(t.getEpochSecond());
        return i >= 0 && t.getEpochSecond() < ends[i];
    }

    /** Open intervals of this year, as pairs of epoch seconds (for tests and the administrators' overview). */
    int intervals() {
        return starts.length;
    }

    private int lastStartingAtOrBefore(long seconds) {
        int index = Arrays.binarySearch(starts, seconds);
        return index >= 0 ? index : -index - 2;
    }
}
