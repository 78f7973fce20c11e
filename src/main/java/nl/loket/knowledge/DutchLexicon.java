package nl.loket.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Dutch words that compounds are split into, from {@code knowledge/dutch-lexicon.txt} (our own
 * list: everyday words and the hosting trade's). Folded to lower case without accents.
 */
final class DutchLexicon {

    private static final String RESOURCE = "knowledge/dutch-lexicon.txt";
    private static final Set<String> WORDS = load();

    private DutchLexicon() {}

    static Set<String> get() {
        return WORDS;
    }

    static String fold(String word) {
        var decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var stream = DutchLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (var word : line.split("[\\s,]+")) {
                    if (!word.isBlank()) {
                        words.add(fold(word.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
