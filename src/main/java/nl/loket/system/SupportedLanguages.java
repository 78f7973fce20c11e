package nl.loket.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Dutch first, English second: every page and e-mail exists in exactly these two languages. */
final class SupportedLanguages {

    static final Locale DUTCH = Locale.of("nl");
    static final List<Locale> ALL = List.of(DUTCH, Locale.ENGLISH);

    private SupportedLanguages() {}

    /** The supported language for a requested locale, or Dutch when it is not one of ours. */
    static Locale closestTo(@Nullable Locale requested) {
        return requested == null ? DUTCH : supported(requested).orElse(DUTCH);
    }

    /**
     * The first supported language in the browser's preference list ({@code Accept-Language},
     * already ordered by quality), or Dutch.
     */
    static Locale firstSupported(List<Locale> preferred) {
        return preferred.stream()
                .map(SupportedLanguages::supported)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(DUTCH);
    }

    private static Optional<Locale> supported(Locale locale) {
        return ALL.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }
}
