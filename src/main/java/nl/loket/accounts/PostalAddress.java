package nl.loket.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a customer lives or is established. Postcodes of the countries we serve most are checked
 * and written the way the post office writes them ({@code 1234 AB} in the Netherlands).
 *
 * @param country ISO 3166 two-letter code, one of {@link #COUNTRIES}
 */
public record PostalAddress(String street, String postcode, String city, String country) {

    /** The countries a customer can choose; the first is the default. */
    public static final List<String> COUNTRIES = List.of("NL", "BE", "DE", "LU", "FR", "GB");

    private static final Pattern DUTCH = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");
    private static final Pattern BRITISH = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    public PostalAddress {
        country = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("Unsupported country: " + country);
        }
        if (!isValidPostcode(country, postcode)) {
            throw new IllegalArgumentException("Not a postcode of " + country);
        }
        if (street.isBlank() || city.isBlank()) {
            throw new IllegalArgumentException("An address needs a street and a city");
        }
        postcode = normalisePostcode(country, postcode);
        street = street.strip();
        city = city.strip();
    }

    public static boolean isValidPostcode(String country, String postcode) {
        var candidate = postcode.strip().toUpperCase(Locale.ROOT);
        return switch (country.strip().toUpperCase(Locale.ROOT)) {
            case "NL" ->
                DUTCH.matcher(candidate).matches()
                        && !candidate.endsWith("SA")
                        && !candidate.endsWith("SD")
                        && !candidate.endsWith("SS");
            case "BE", "LU" -> FOUR_DIGITS.matcher(candidate).matches();
            case "DE", "FR" -> FIVE_DIGITS.matcher(candidate).matches();
            case "GB" -> BRITISH.matcher(candidate).matches();
            default -> false;
        };
    }

    private static String normalisePostcode(String country, String postcode) {
        var candidate = postcode.strip().toUpperCase(Locale.ROOT);
        if (country.equals("NL")) {
            var matcher = DUTCH.matcher(candidate);
            if (matcher.matches()) {
                return matcher.group(1) + " " + matcher.group(2);
            }
        }
        return candidate;
    }
}
