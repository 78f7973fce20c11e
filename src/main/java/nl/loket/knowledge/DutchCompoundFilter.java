package nl.loket.knowledge;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Splits a Dutch compound into the lexicon words that make it up, keeping the compound itself:
 * {@code supportmedewerker} also yields {@code support} and {@code medewerker}, at the same
 * position. A split must cover the whole word in at most three parts, each at least three
 * letters, optionally joined by a linking {@code s} or {@code e} ({@code tweestapsverificatie}).
 * Words that are themselves in the lexicon are left whole, so {@code wachtwoord} stays one word.
 */
final class DutchCompoundFilter extends TokenFilter {

    private static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MAX_PARTS = 3;

    private final Set<String> lexicon;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private @Nullable State saved;

    DutchCompoundFilter(TokenStream input, Set<String> lexicon) {
        super(input);
        this.lexicon = lexicon;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty() && saved != null) {
            restoreState(saved);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        var word = term.toString();
        if (word.length() >= MIN_WORD && !lexicon.contains(word)) {
            var parts = split(word, 0, MAX_PARTS);
            if (parts != null && parts.size() > 1) {
                pending.addAll(parts);
                saved = captureState();
            }
        }
        return true;
    }

    /** The split of {@code word} from {@code start} with the fewest parts, or null. */
    private @Nullable List<String> split(String word, int start, int partsLeft) {
        if (lexicon.contains(word.substring(start)) && word.length() - start >= MIN_PART) {
            return new ArrayList<>(List.of(word.substring(start)));
        }
        if (partsLeft == 1) {
            return null;
        }
        for (int end = word.length() - MIN_PART; end >= start + MIN_PART; end--) {
            var part = word.substring(start, end);
            if (!lexicon.contains(part)) {
                continue;
            }
            for (int next : new int[] {end, linkingEnd(word, end)}) {
                if (next < 0 || word.length() - next < MIN_PART) {
                    continue;
                }
                var rest = split(word, next, partsLeft - 1);
                if (rest != null) {
                    rest.addFirst(part);
                    return rest;
                }
            }
        }
        return null;
    }

    private static int linkingEnd(String word, int end) {
        var linking = word.charAt(end);
        return linking == 's' || linking == 'e' ? end + 1 : -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        saved = null;
    }
}
