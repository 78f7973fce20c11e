package nl.loket.knowledge;

/** What a reader typed, cut to a length without ever splitting a character such as an emoji. */
public final class QueryText {

    /** The longest query that is shown back or recorded as a content gap. */
    public static final int MAX_LENGTH = 200;

    private QueryText() {}

    /**
     * At most {@code max} UTF-16 units, stripped; an emoji on the boundary is left out whole. Units,
     * not code points, because that is how H2 measures a {@code varchar} (PostgreSQL counts code
     * points, of which there are never more).
     */
    public static String limit(String text, int max) {
        if (text.length() <= max) {
            return text.strip();
        }
        var end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
