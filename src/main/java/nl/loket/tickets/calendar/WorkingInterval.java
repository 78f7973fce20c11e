package nl.loket.tickets.calendar;

/**
 * A stretch of working time within one day, in minutes after midnight on the wall clock:
 * {@code 09:00-17:00} is {@code [540, 1020)}. The end may be 1440 ({@code 24:00}): open until midnight.
 */
public record WorkingInterval(int startMinute, int endMinute) implements Comparable<WorkingInterval> {

    public static final int END_OF_DAY = 24 * 60;

    public WorkingInterval {
        if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("Not a working interval: " + startMinute + "-" + endMinute);
        }
    }

    public static WorkingInterval of(String start, String end) {
        return new WorkingInterval(WorkingHoursText.minuteOf(start), WorkingHoursText.minuteOf(end));
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    boolean overlaps(WorkingInterval other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public int compareTo(WorkingInterval other) {
        return startMinute != other.startMinute
                ? Integer.compare(startMinute, other.startMinute)
                : Integer.compare(endMinute, other.endMinute);
    }

    /** {@code 09:00-17:00}, {@code 00:00-24:00}. */
    @Override
    public String toString() {
        return WorkingHoursText.format(startMinute) + "-" + WorkingHoursText.format(endMinute);
    }
}
