package nl.loket.tickets.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Working hours of one day as an administrator types them: {@code 09:00-12:30, 13:00-17:00}.
 * Empty means closed. Hours may have one digit and a dot instead of a colon ({@code 9.00-17.00});
 * {@code 24:00} ends a day at midnight.
 */
public final class WorkingHoursText {

    private static final Pattern INTERVAL =
            Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-\u2013\u2014]\\s*(\\d{1,2})[:.](\\d{2})");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*|\\s+(?=\\d{1,2}[:.]\\d{2}\\s*[-\u2013])");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private WorkingHoursText() {}

    /** Why typed hours cannot be used: a message key ({@code tickets.calendar.hours.*}) and its arguments. */
    public static final class Invalid extends IllegalArgumentException {

        private final String key;
        private final transient Object[] arguments;

        Invalid(String key, Object... arguments) {
            super(key + " " + List.of(arguments));
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /**
     * The intervals in start order.
     *
     * @throws Invalid for text that is not a list of intervals, an end not after its start, or overlapping intervals
     */
    public static List<WorkingInterval> parse(String text) {
        var trimmed = text.strip();
        var lowered = trimmed.toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || lowered.equals("-") || lowered.equals("gesloten") || lowered.equals("closed")) {
            return List.of();
        }
        var intervals = new ArrayList<WorkingInterval>();
        for (var part : SEPARATORS.split(trimmed)) {
            if (part.isBlank()) {
                continue;
            }
            var matcher = INTERVAL.matcher(part.strip());
            if (!matcher.matches()) {
                throw new Invalid("tickets.calendar.hours.not-an-interval", part.strip());
            }
            var start = minute(matcher.group(1), matcher.group(2), part, false);
            var end = minute(matcher.group(3), matcher.group(4), part, true);
            if (end <= start) {
                throw new Invalid("tickets.calendar.hours.end-not-after-start", part.strip());
            }
            intervals.add(new WorkingInterval(start, end));
        }
        intervals.sort(null);
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i - 1).overlaps(intervals.get(i))) {
                throw new Invalid(
                        "tickets.calendar.hours.overlap",
                        intervals.get(i - 1).toString(),
                        intervals.get(i).toString());
            }
        }
        return List.copyOf(intervals);
    }

    /** {@code 09:00-12:30, 13:00-17:00}; empty for a closed day. */
    public static String format(List<WorkingInterval> intervals) {
        return String.join(
                ", ", intervals.stream().map(WorkingInterval::toString).toList());
    }

    static String format(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    static int minuteOf(String time) {
        var matcher = TIME.matcher(time.strip());
        if (!matcher.matches()) {
            throw new Invalid("tickets.calendar.hours.not-an-interval", time);
        }
        return minute(matcher.group(1), matcher.group(2), time, true);
    }

    private static int minute(String hours, String minutes, String part, boolean mayBeMidnight) {
        var h = Integer.parseInt(hours);
        var m = Integer.parseInt(minutes);
        var valid = m < 60 && (h < 24 || (mayBeMidnight && h == 24 && m == 0));
        if (!valid) {
            throw new Invalid("tickets.calendar.hours.not-a-time", part.strip());
        }
        return h * 60 + m;
    }
}
