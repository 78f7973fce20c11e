package nl.loket.knowledge;

import java.util.function.Predicate;

/** Readable, stable URL parts made from titles: {@code Hoe wijzig ik mijn IBAN?} → {@code hoe-wijzig-ik-mijn-iban}. */
final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    static String of(String title) {
        var slug = DutchLexicon.fold(title)
                .replace("’", "")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "artikel" : slug;
    }

    /** The slug for a title, with {@code -2}, {@code -3}… appended while {@code taken} says so. */
    static String unique(String title, Predicate<String> taken) {
        var base = of(title);
        var candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
