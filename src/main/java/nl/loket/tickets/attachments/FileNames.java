package nl.loket.tickets.attachments;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes an uploaded file name safe to store, show and offer for download: no directories, no
 * control or invisible characters (a right-to-left override can make {@code fdp.exe} look like
 * {@code exe.pdf}), none of the characters Windows forbids, no leading or trailing dots, at most
 * {@value #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;

    /** The name of a file that had none. */
    static final String FALLBACK = "bijlage";

    private static final int MAX_EXTENSION = 10;
    private static final String FORBIDDEN = "<>:\"|?*";
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {}

    /**
     * The safe form of {@code original}; when it has no extension and {@code declaredType} names an
     * accepted kind, that kind's extension is added (mail clients send inline images without a name).
     */
    static String sanitise(@Nullable String original, String declaredType) {
        var name = lastSegment(original == null ? "" : original);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        var clean = new StringBuilder();
        name.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                clean.append(' ');
            } else if (FORBIDDEN.indexOf(codePoint) >= 0) {
                clean.append('_');
            } else if (isVisible(codePoint)) {
                clean.appendCodePoint(codePoint);
            }
        });
        var result = trim(clean.toString().replaceAll(" {2,}", " "));
        if (extensionOf(result).isEmpty()) {
            var declared = FileType.byContentType(declaredType);
            if (declared.isPresent()) {
                result = (result.isEmpty() ? FALLBACK : result) + "."
                        + declared.get().extension();
            }
        }
        if (result.isEmpty() || result.startsWith(".")) {
            result = FALLBACK + result;
        }
        var base = baseOf(result);
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            result = "_" + result;
        }
        return shorten(result);
    }

    /** The lower-case extension without its dot, or empty. */
    static String extensionOf(String name) {
        var dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseOf(String name) {
        var dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String lastSegment(String name) {
        var cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Without spaces and dots at either end (Windows drops trailing ones; leading ones hide files). */
    private static String trim(String name) {
        var start = 0;
        var end = name.length();
        while (start < end && (name.charAt(start) == ' ' || name.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == ' ' || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        var extension = extensionOf(name);
        var suffix = extension.isEmpty() || extension.length() > MAX_EXTENSION ? "" : "." + extension;
        var base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length());
        var keep = MAX_LENGTH - suffix.length();
        var end = base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())));
        return trim(base.substring(0, end)) + suffix;
    }
}
