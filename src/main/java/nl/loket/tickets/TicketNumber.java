package nl.loket.tickets;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket's public number, {@code 1234-5678}: eight random digits, so numbers say nothing about how
 * many tickets there are and one number does not lead to the next. A number identifies a ticket in
 * conversation and in mail subjects; it never grants access by itself.
 */
public record TicketNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TicketNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a ticket number: " + value);
        }
    }

    /** The number in {@code text} when it has the right shape (spaces around it are ignored). */
    public static Optional<TicketNumber> parse(String text) {
        var candidate = text.strip();
        return SHAPE.matcher(candidate).matches() ? Optional.of(new TicketNumber(candidate)) : Optional.empty();
    }

    static TicketNumber random() {
        var digits = RANDOM.nextInt(100_000_000);
        return new TicketNumber(String.format("%04d-%04d", digits / 10_000, digits % 10_000));
    }

    @Override
    public String toString() {
        return value;
    }
}
