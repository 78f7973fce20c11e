package nl.loket.tickets.remote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.loket.tickets.Appointment;

/**
 * What an administrator publishes: a slot on {@code day} at {@code start} (Dutch time), or the same
 * slot weekly for {@code weeks} weeks, each with its length, places and price.
 */
public record SlotPlan(LocalDate day, LocalTime start, int lengthMinutes, int capacity, int priceCents, int weeks) {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 480;
    public static final int MAX_CAPACITY = 20;
    public static final int MAX_WEEKS = 26;
    public static final int MAX_PRICE_CENTS = 100_000_00;

    /** A field the administrator has to correct, with the text key that says why. */
    public record Error(String field, String messageKey) {}

    /** What is wrong with the plan at {@code now}; empty when it can be published. */
    public List<Error> errors(Instant now) {
        var errors = new ArrayList<Error>();
        if (lengthMinutes < MIN_LENGTH || lengthMinutes > MAX_LENGTH) {
            errors.add(new Error("lengthMinutes", "tickets.remote.plan.length"));
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            errors.add(new Error("capacity", "tickets.remote.plan.capacity"));
        }
        if (priceCents < 0 || priceCents > MAX_PRICE_CENTS) {
            errors.add(new Error("price", "tickets.remote.plan.price"));
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            errors.add(new Error("weeks", "tickets.remote.plan.weeks"));
        }
        if (!firstStart().isAfter(now)) {
            errors.add(new Error("day", "tickets.remote.plan.past"));
        }
        return errors;
    }

    /** The starts of the slots, one per week, in UTC. */
    public List<Instant> starts() {
        return IntStream.range(0, Math.max(weeks, 1))
                .mapToObj(week -> ZonedDateTime.of(day.plusWeeks(week), start, Appointment.ZONE)
                        .toInstant())
                .toList();
    }

    Duration length() {
        return Duration.ofMinutes(lengthMinutes);
    }

    private Instant firstStart() {
        return ZonedDateTime.of(day, start, Appointment.ZONE).toInstant();
    }
}
