package nl.loket.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages Loket writes in: Dutch first, English second. */
public enum Language {
    NL,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    /** The language for a code such as {@code nl}, {@code en-GB} or {@code EN}; Dutch for anything else. */
    public static Language fromCode(@Nullable String code) {
        if (code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return NL;
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage());
    }
}
