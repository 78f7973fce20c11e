package nl.loket.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as Loket stores and compares it: trimmed and in lower case, so that
 * {@code Jan@Example.nl} and {@code jan@example.nl} are one person. Checks only the shape that mail
 * delivery needs; whether the mailbox exists is proven by a confirmation link, not here.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 320;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
        value = normalise(value);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        var normalised = normalise(candidate);
        return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }

    private static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
