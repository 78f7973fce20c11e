package nl.loket.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * How much an article is read, relative to the knowledge base's most-read article over the last
 * {@value Popularity#WINDOW_DAYS} days (rule in the README):
 *
 * <ul>
 *   <li>{@link #POPULAR}: at least {@value Popularity#POPULAR_MINIMUM} readers and at least a
 *       quarter of the most-read article's readers;
 *   <li>{@link #FEW_READERS}: fewer than {@value Popularity#SOME_MINIMUM} readers, or fewer than a
 *       fiftieth of the most-read article's;
 *   <li>{@link #SOME_READERS}: everything in between.
 * </ul>
 */
public enum PopularityLabel {
    POPULAR("Populair"),
    SOME_READERS("Enkele lezers"),
    FEW_READERS("Weinig lezers");

    private final String dutch;

    PopularityLabel(String dutch) {
        this.dutch = dutch;
    }

    /** The label as the FAQ export writes it, which is the Dutch text. */
    public String exportName() {
        return dutch;
    }

    /** The i18n key for pages. */
    public String messageKey() {
        return "knowledge.popularity."
                + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static @Nullable PopularityLabel fromExportName(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (var label : values()) {
            if (label.dutch.equalsIgnoreCase(text.strip())
                    || label.name().equalsIgnoreCase(text.strip().replace(' ', '_'))) {
                return label;
            }
        }
        return null;
    }

    /** Readers recorded for an imported article, so that the rule gives back the imported label. */
    long seedReads() {
        return switch (this) {
            case POPULAR -> 1_000;
            case SOME_READERS -> 40;
            case FEW_READERS -> 2;
        };
    }
}
