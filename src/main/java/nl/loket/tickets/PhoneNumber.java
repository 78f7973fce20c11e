package nl.loket.tickets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number to call a customer back on, kept in international form ({@code +31612345678}).
 * Accepts what people type: Dutch numbers with or without spaces and dashes ({@code 06-12 34 56 78},
 * {@code 020 123 4567}), {@code +31 (0)6 …}, {@code 0031 …} and other countries with their code.
 */
public record PhoneNumber(String value) {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern DUTCH = Pattern.compile("\\+31[1-9][0-9]{8}");

    public PhoneNumber {
        if (!INTERNATIONAL.matcher(value).matches()
                || value.startsWith("+31") && !DUTCH.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a phone number in international form: " + value);
        }
    }

    /** The number typed, in international form; empty when it cannot be one. */
    public static Optional<PhoneNumber> parse(String typed) {
        var text = typed.strip().replace("(0)", "").replaceAll("[\\s\\-./()]", "");
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        } else if (text.startsWith("0")) {
            text = "+31" + text.substring(1);
        }
        var candidate = text;
        return INTERNATIONAL.matcher(candidate).matches()
                        && (!candidate.startsWith("+31")
                                || DUTCH.matcher(candidate).matches())
                ? Optional.of(new PhoneNumber(candidate))
                : Optional.empty();
    }

    /** How a Dutch colleague dials it: {@code 0612345678} for Dutch numbers, the international form otherwise. */
    public String display() {
        return value.startsWith("+31") ? "0" + value.substring(3) : value;
    }
}
