package nl.loket.knowledge;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of the published articles, with their frequency, for "did you mean". Rebuilt lazily
 * after content changes; a knowledge base of 10,000 articles has well under a million words.
 */
@Component
class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final float MIN_SIMILARITY = 0.7f;

    private final ArticleRepository articles;
    private volatile Map<Language, Map<String, Integer>> words = Map.of();

    Vocabulary(ArticleRepository articles) {
        this.articles = articles;
    }

    void invalidate() {
        words = Map.of();
    }

    /** The query with unknown words replaced by the closest known word, or null when all are known. */
    @Nullable
    String correct(String query, Language language) {
        var known = wordsOf(language);
        if (known.isEmpty()) {
            return null;
        }
        var matcher = WORD.matcher(query);
        var corrected = new StringBuilder();
        var changed = false;
        var last = 0;
        while (matcher.find()) {
            var word = DutchLexicon.fold(matcher.group());
            corrected.append(query, last, matcher.start());
            var replacement = known.containsKey(word) || word.length() < 4 ? null : closest(word, known);
            corrected.append(replacement == null ? matcher.group() : replacement);
            changed |= replacement != null;
            last = matcher.end();
        }
        corrected.append(query.substring(last));
        return changed ? corrected.toString() : null;
    }

    private @Nullable String closest(String word, Map<String, Integer> known) {
        String best = null;
        float bestScore = MIN_SIMILARITY;
        int bestFrequency = 0;
        for (var entry : known.entrySet()) {
            var candidate = entry.getKey();
            // Cheap filters first: a typo rarely changes the length by more than two or both first letters.
            if (Math.abs(candidate.length() - word.length()) > 2
                    || (candidate.charAt(0) != word.charAt(0) && candidate.charAt(1) != word.charAt(1))) {
                continue;
            }
            var score = similarity(word, candidate);
            if (score > bestScore || (score == bestScore && entry.getValue() > bestFrequency)) {
                best = candidate;
                bestScore = score;
                bestFrequency = entry.getValue();
            }
        }
        return best;
    }

    /** 1 minus the edit distance (with swaps of neighbours) relative to the longer word. */
    static float similarity(String a, String b) {
        var d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return 1f - (float) d[a.length()][b.length()] / Math.max(a.length(), b.length());
    }

    private Map<String, Integer> wordsOf(Language language) {
        var current = words;
        var list = current.get(language);
        if (list == null) {
            list = load(language);
            var next = new EnumMap<Language, Map<String, Integer>>(Language.class);
            next.putAll(current);
            next.put(language, list);
            words = next;
        }
        return list;
    }

    @Transactional(readOnly = true)
    Map<String, Integer> load(Language language) {
        var counts = new HashMap<String, Integer>();
        for (var article : articles.findByLanguageAndStatus(language, ArticleStatus.PUBLISHED)) {
            var matcher =
                    WORD.matcher(article.title() + " " + article.keywords() + " " + MarkdownText.plain(article.body()));
            while (matcher.find()) {
                counts.merge(DutchLexicon.fold(matcher.group()), 1, Integer::sum);
            }
        }
        return Map.copyOf(counts);
    }
}
