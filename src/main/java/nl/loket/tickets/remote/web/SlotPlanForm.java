package nl.loket.tickets.remote.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.loket.tickets.remote.SlotPlan;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' form for new slots, as typed: every field is text, so that nothing typed is
 * lost and each mistake gets its own message. The price is in euros ("45", "45,00" or "45.00").
 */
record SlotPlanForm(
        @Nullable String day,
        @Nullable String start,
        @Nullable String lengthMinutes,
        @Nullable String capacity,
        @Nullable String price,
        @Nullable String weeks) {

    static SlotPlanForm empty() {
        return new SlotPlanForm("", "", "60", "1", "", "1");
    }

    /**
     * The plan, or null with the mistakes in {@code errors} (field to text key); a plan that could be
     * read is checked against the rules by {@link nl.loket.tickets.remote.RemoteSupportSlots}.
     */
    @Nullable
    SlotPlan toPlan(Instant now, Map<String, String> errors) {
        var parsedDay = parse(() -> LocalDate.parse(text(day)), "day", "tickets.remote.plan.day", errors);
        var parsedStart = parse(() -> LocalTime.parse(text(start)), "start", "tickets.remote.plan.start", errors);
        var length = parse(
                () -> Integer.parseInt(text(lengthMinutes)), "lengthMinutes", "tickets.remote.plan.length", errors);
        var places = parse(() -> Integer.parseInt(text(capacity)), "capacity", "tickets.remote.plan.capacity", errors);
        var cents = parse(() -> cents(text(price)), "price", "tickets.remote.plan.price", errors);
        var count = parse(
                () -> Integer.parseInt(text(weeks).isEmpty() ? "1" : text(weeks)),
                "weeks",
                "tickets.remote.plan.weeks",
                errors);
        var plan = new SlotPlan(
                parsedDay == null ? FAR_AWAY : parsedDay,
                parsedStart == null ? LocalTime.NOON : parsedStart,
                length == null ? SlotPlan.MIN_LENGTH : length,
                places == null ? 1 : places,
                cents == null ? 0 : cents,
                count == null ? 1 : count);
        if (errors.isEmpty()) {
            return plan;
        }
        // Say everything at once: what could be read is checked against the rules as well.
        var moment = parsedDay == null || parsedStart == null ? Instant.EPOCH : now;
        plan.errors(moment).forEach(error -> errors.putIfAbsent(error.field(), error.messageKey()));
        return null;
    }

    /** Stands in for a day that could not be read, so that the other fields are still checked. */
    private static final LocalDate FAR_AWAY = LocalDate.of(9999, 1, 1);

    private static int cents(String euros) {
        var amount = new BigDecimal(euros.replace("€", "").strip().replace(',', '.'));
        if (amount.scale() > 2) {
            throw new NumberFormatException("More than cents");
        }
        return amount.movePointRight(2).intValueExact();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> @Nullable T parse(Parser<T> parser, String field, String key, Map<String, String> errors) {
        try {
            return parser.parse();
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            errors.put(field, key);
            return null;
        }
    }
}
