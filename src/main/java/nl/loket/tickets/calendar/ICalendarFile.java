package nl.loket.tickets.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of an iCalendar file (RFC 5545) as far as holidays need them: start and end
 * (dates, or date-times in UTC, in a named time zone or floating), duration, summary, whether it
 * repeats or was cancelled. Folded lines are unfolded and escaped text is unescaped. A file that is
 * not iCalendar, or has a broken structure or an unreadable date, is refused as a whole.
 */
public final class ICalendarFile {

    /** Larger files are refused: a holiday calendar is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final Pattern WEEKS = Pattern.compile("\\+?P(\\d{1,4})W");

    private ICalendarFile() {}

    /**
     * One VEVENT: {@code start} and {@code end} are wall-clock times in the calendar's zone (a date
     * starts at midnight); {@code end} comes from DTEND or DURATION and is null when there is neither.
     */
    public record Event(
            int line,
            @Nullable String summary,
            LocalDateTime start,
            @Nullable LocalDateTime end,
            boolean repeats,
            boolean cancelled) {}

    /** Why a file was refused: a message key ({@code tickets.calendar.import.*}) and its arguments. */
    public static final class Malformed extends Exception {

        private final String key;
        private final transient Object[] arguments;

        Malformed(String key, Object... arguments) {
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

    /** The events of a file, with date-times turned into wall-clock times of {@code zone}. */
    public static List<Event> read(byte[] content, ZoneId zone) throws Malformed {
        if (content.length > MAX_BYTES) {
            throw new Malformed("tickets.calendar.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Malformed("tickets.calendar.import.not-text");
        }
        return new Reader(zone).read(unfold(text));
    }

    /** A content line after unfolding, with the number of the physical line it started on. */
    private record Line(int number, String text) {}

    private static List<Line> unfold(String text) {
        var physical = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\n|\r", -1);
        var lines = new ArrayList<Line>();
        for (int i = 0; i < physical.length; i++) {
            var line = physical[i];
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && !lines.isEmpty()) {
                var last = lines.getLast();
                lines.set(lines.size() - 1, new Line(last.number(), last.text() + line.substring(1)));
            } else if (!line.isBlank()) {
                lines.add(new Line(i + 1, line));
            }
        }
        return lines;
    }

    /** A property: upper-case name, parameters (upper-case names, values unquoted), raw value. */
    private record Property(String name, Map<String, String> parameters, String value) {

        static @Nullable Property parse(String line) {
            var parameters = new HashMap<String, String>();
            String name = null;
            boolean quoted = false;
            int partStart = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                }
                if (quoted || (c != ';' && c != ':')) {
                    continue;
                }
                var part = line.substring(partStart, i).strip();
                if (name == null) {
                    if (part.isEmpty()) {
                        return null;
                    }
                    name = part.toUpperCase(Locale.ROOT);
                } else {
                    var equals = part.indexOf('=');
                    if (equals <= 0) {
                        return null;
                    }
                    parameters.put(
                            part.substring(0, equals).strip().toUpperCase(Locale.ROOT),
                            part.substring(equals + 1).replace("\"", ""));
                }
                if (c == ':') {
                    return new Property(name, parameters, line.substring(i + 1));
                }
                partStart = i + 1;
            }
            return null;
        }
    }

    /** Walks the components, keeping the properties of each VEVENT that is not nested in another. */
    private static final class Reader {

        private final ZoneId zone;
        private final List<Event> events = new ArrayList<>();
        private final ArrayDeque<String> open = new ArrayDeque<>();
        private @Nullable EventDraft draft;

        Reader(ZoneId zone) {
            this.zone = zone;
        }

        List<Event> read(List<Line> lines) throws Malformed {
            if (lines.isEmpty() || !lines.getFirst().text().strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
                throw new Malformed("tickets.calendar.import.not-icalendar");
            }
            for (var line : lines) {
                var property = Property.parse(line.text());
                if (property == null) {
                    throw new Malformed("tickets.calendar.import.bad-line", String.valueOf(line.number()));
                }
                switch (property.name()) {
                    case "BEGIN" -> begin(line, property.value().strip().toUpperCase(Locale.ROOT));
                    case "END" -> end(line, property.value().strip().toUpperCase(Locale.ROOT));
                    default -> {
                        if (open.isEmpty()) {
                            throw new Malformed("tickets.calendar.import.unbalanced", String.valueOf(line.number()));
                        }
                        if (draft != null && "VEVENT".equals(open.peek())) {
                            draft.take(line, property);
                        }
                    }
                }
            }
            if (!open.isEmpty()) {
                throw new Malformed("tickets.calendar.import.unfinished", open.peek());
            }
            return events;
        }

        private void begin(Line line, String component) throws Malformed {
            if (open.isEmpty() && !component.equals("VCALENDAR")) {
                throw new Malformed("tickets.calendar.import.unbalanced", String.valueOf(line.number()));
            }
            if (component.equals("VEVENT") && "VCALENDAR".equals(open.peek())) {
                draft = new EventDraft(line.number(), zone);
            }
            open.push(component);
        }

        private void end(Line line, String component) throws Malformed {
            if (open.isEmpty() || !open.peek().equals(component)) {
                throw new Malformed("tickets.calendar.import.unbalanced", String.valueOf(line.number()));
            }
            open.pop();
            if (component.equals("VEVENT") && draft != null && "VCALENDAR".equals(open.peek())) {
                events.add(draft.finish());
                draft = null;
            }
        }
    }

    /** The properties of one VEVENT as they are read. */
    private static final class EventDraft {

        private final int line;
        private final ZoneId zone;
        private @Nullable String summary;
        private @Nullable LocalDateTime start;
        private @Nullable LocalDateTime end;
        private @Nullable Duration duration;
        private boolean repeats;
        private boolean cancelled;

        EventDraft(int line, ZoneId zone) {
            this.line = line;
            this.zone = zone;
        }

        void take(Line at, Property property) throws Malformed {
            switch (property.name()) {
                case "SUMMARY" -> summary = unescape(property.value());
                case "DTSTART" -> start = when(at, property);
                case "DTEND" -> end = when(at, property);
                case "DURATION" -> duration = duration(at, property.value().strip());
                case "RRULE", "RDATE" -> repeats = true;
                case "STATUS" -> cancelled = property.value().strip().equalsIgnoreCase("CANCELLED");
                default -> {
                    // other properties (UID, DESCRIPTION, TRANSP, ...) say nothing about the closed days
                }
            }
        }

        Event finish() throws Malformed {
            if (start == null) {
                throw new Malformed("tickets.calendar.import.no-start", String.valueOf(line));
            }
            var until = end != null ? end : duration != null ? start.plus(duration) : null;
            return new Event(line, summary, start, until, repeats, cancelled);
        }

        private LocalDateTime when(Line at, Property property) throws Malformed {
            var value = property.value().strip();
            try {
                if ("DATE".equalsIgnoreCase(property.parameters().get("VALUE")) || value.length() == 8) {
                    return LocalDate.parse(value, DATE).atStartOfDay();
                }
                if (value.endsWith("Z") || value.endsWith("z")) {
                    var utc = LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME);
                    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
                }
                var local = LocalDateTime.parse(value, DATE_TIME);
                var named = zoneNamed(property.parameters().get("TZID"));
                return named == null
                        ? local
                        : local.atZone(named).withZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeException unreadable) {
                throw new Malformed("tickets.calendar.import.bad-date", String.valueOf(at.number()), value);
            }
        }

        /** A zone Java knows by that name; others (Windows names with a VTIMEZONE) count as local time. */
        private static @Nullable ZoneId zoneNamed(@Nullable String id) {
            if (id == null || id.isBlank()) {
                return null;
            }
            try {
                return ZoneId.of(id.strip().replaceFirst("^/", ""));
            } catch (DateTimeException unknown) {
                return null;
            }
        }

        private static Duration duration(Line at, String value) throws Malformed {
            var weeks = WEEKS.matcher(value);
            if (weeks.matches()) {
                return Duration.ofDays(7L * Integer.parseInt(weeks.group(1)));
            }
            try {
                var duration = Duration.parse(value.startsWith("+") ? value.substring(1) : value);
                if (duration.isNegative()) {
                    throw new Malformed("tickets.calendar.import.bad-duration", String.valueOf(at.number()), value);
                }
                return duration;
            } catch (DateTimeParseException unreadable) {
                throw new Malformed("tickets.calendar.import.bad-duration", String.valueOf(at.number()), value);
            }
        }

        /** RFC 5545 TEXT: {@code \\} {@code \;} {@code \,} and {@code \n}; line breaks become spaces in a name. */
        static String unescape(String value) {
            var text = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length()) {
                    char next = value.charAt(++i);
                    text.append(
                            switch (next) {
                                case 'n', 'N' -> ' ';
                                default -> next;
                            });
                } else {
                    text.append(c);
                }
            }
            return text.toString().strip().replaceAll("\\s+", " ");
        }
    }
}
