package nl.loket.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days a report covers, both included, as Dutch days (Europe/Amsterdam): from the start of
 * {@code from} to the end of {@code to}. At most {@link #MAX_DAYS} days.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The longest period one report covers (a leap year). */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new Refused("tickets.sla-report.error.order", "from", "from is after to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new Refused("tickets.sla-report.error.too-long", "to", "a period is at most " + MAX_DAYS + " days");
        }
    }

    /** The periods the page offers with one click. */
    public enum Preset {
        THIS_MONTH("this-month"),
        LAST_MONTH("last-month"),
        LAST_7_DAYS("last-7-days"),
        THIS_QUARTER("this-quarter");

        private final String code;

        Preset(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Preset> of(String code) {
            return Arrays.stream(values())
                    .filter(preset -> preset.code.equals(code.strip()))
                    .findFirst();
        }

        public ReportPeriod on(LocalDate today) {
            return switch (this) {
                case THIS_MONTH -> new ReportPeriod(today.withDayOfMonth(1), today);
                case LAST_MONTH -> {
                    var first = today.withDayOfMonth(1).minusMonths(1);
                    yield new ReportPeriod(first, first.withDayOfMonth(first.lengthOfMonth()));
                }
                case LAST_7_DAYS -> new ReportPeriod(today.minusDays(6), today);
                case THIS_QUARTER -> {
                    var firstMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
                    yield new ReportPeriod(LocalDate.of(today.getYear(), firstMonth, 1), today);
                }
            };
        }
    }

    /** A period that cannot be reported on; the message key says why, the field which input. */
    public static final class Refused extends RuntimeException {

        private final String messageKey;
        private final String field;

        Refused(String messageKey, String field, String message) {
            super(message);
            this.messageKey = messageKey;
            this.field = field;
        }

        public String messageKey() {
            return messageKey;
        }

        public String field() {
            return field;
        }
    }

    /**
     * The period from a form or query: a preset, or dates ({@code yyyy-MM-dd}). Without any, this
     * month up to today. With dates, a missing {@code to} is today and a missing {@code from} the
     * first day of {@code to}'s month.
     *
     * @throws Refused for an unknown preset, a date that is not one, {@code from} after {@code to},
     *     or more than {@link #MAX_DAYS} days
     */
    public static ReportPeriod parse(
            @Nullable String preset, @Nullable String from, @Nullable String to, LocalDate today) {
        if (blank(from) && blank(to)) {
            if (blank(preset)) {
                return Preset.THIS_MONTH.on(today);
            }
            return Preset.of(preset)
                    .orElseThrow(() -> new Refused("tickets.sla-report.error.preset", "period", "unknown period"))
                    .on(today);
        }
        var end = blank(to) ? today : date(to, "to");
        var start = blank(from) ? end.withDayOfMonth(1) : date(from, "from");
        return new ReportPeriod(start, end);
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The preset this period equals on {@code today}, if any (for the page's links). */
    public Optional<Preset> preset(LocalDate today) {
        return Arrays.stream(Preset.values())
                .filter(preset -> preset.on(today).equals(this))
                .findFirst();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("tickets.sla-report.error.date", field, field + " is not a date (yyyy-MM-dd)");
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
