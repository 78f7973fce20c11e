package nl.loket.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An international bank account number (ISO 13616), stored without spaces in upper case and shown
 * in groups of four. Valid when its shape, its length for the countries we know and its mod-97
 * check digits are right; whether the account exists only the bank knows.
 */
public record Iban(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("NL", 18),
            Map.entry("BE", 16),
            Map.entry("DE", 22),
            Map.entry("LU", 20),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("ES", 24),
            Map.entry("IT", 27),
            Map.entry("AT", 20),
            Map.entry("IE", 22));

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid IBAN");
        }
        value = normalise(value);
    }

    public static Iban of(String value) {
        return new Iban(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        var iban = normalise(candidate);
        if (!SHAPE.matcher(iban).matches()) {
            return false;
        }
        var expectedLength = LENGTHS.get(iban.substring(0, 2));
        if (expectedLength != null && iban.length() != expectedLength) {
            return false;
        }
        return checksum(iban) == 1;
    }

    /** The number in groups of four, as printed on bank cards: {@code NL91 ABNA 0417 1643 00}. */
    public String grouped() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Moves the first four characters to the end, turns letters into 10..35 and takes mod 97. */
    private static int checksum(String iban) {
        var rearranged = iban.substring(4) + iban.substring(0, 4);
        var digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    private static String normalise(String value) {
        return value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
