package nl.loket.knowledge;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Adds the verb stem beside Dutch participles and third-person forms, which the Snowball stemmer
 * leaves alone: {@code betaald}/{@code betaalt} → {@code betaal}, {@code gewijzigd} → {@code wijzig},
 * {@code opgezegd} → {@code opzeg}, {@code ingeschakeld} → {@code inschakel}. The original stays.
 */
final class DutchVerbFormFilter extends TokenFilter {

    private static final List<String> SEPARABLE = List.of(
            "terug", "door", "over", "voor", "vast", "mee", "aan", "bij", "toe", "uit", "weg", "af", "in", "na", "om",
            "op");
    private static final List<String> DIPHTHONGS =
            List.of("aa", "ee", "oo", "uu", "ie", "oe", "ui", "ei", "ij", "eu", "ou", "au");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private @Nullable String pending;
    private @Nullable State saved;

    DutchVerbFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && saved != null) {
            restoreState(saved);
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        var stem = stemOf(term.toString());
        if (stem != null) {
            pending = stem;
            saved = captureState();
        }
        return true;
    }

    static @Nullable String stemOf(String word) {
        var adjectiveBase = adjectiveBase(word);
        if (adjectiveBase != null) {
            return adjectiveBase;
        }
        var withoutParticle = withoutSeparableParticle(word);
        if (withoutParticle != null) {
            return withoutParticle;
        }
        if (word.length() < 6 || !(word.endsWith("d") || word.endsWith("t"))) {
            return null;
        }
        var core = word.substring(0, word.length() - 1);
        if (core.startsWith("ge") && core.length() >= 5) {
            return core.substring(2);
        }
        for (var prefix : SEPARABLE) {
            if (core.startsWith(prefix + "ge") && core.length() >= prefix.length() + 5) {
                return prefix + core.substring(prefix.length() + 2);
            }
        }
        if (core.length() >= 5 && endsWithLongVowelAndConsonant(core)) {
            return core;
        }
        return null;
    }

    /**
     * The verb of a separable-verb infinitive, as a question splits it: {@code inloggen} →
     * {@code loggen} (for "waar log ik in"), {@code aanzetten} → {@code zetten}.
     */
    static @Nullable String withoutSeparableParticle(String word) {
        if (!word.endsWith("en")) {
            return null;
        }
        for (var prefix : SEPARABLE) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 6 && !word.startsWith(prefix + "ge")) {
                return word.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * The noun under an adjective in -lijk(s): {@code jaarlijks} → {@code jaar}, {@code maandelijks}
     * → {@code maand}, {@code wekelijks} → {@code week}; only when the lexicon knows that noun.
     */
    static @Nullable String adjectiveBase(String word) {
        var suffix = word.endsWith("lijks") ? 5 : word.endsWith("lijk") ? 4 : 0;
        if (suffix == 0 || word.length() - suffix < 3) {
            return null;
        }
        var base = word.substring(0, word.length() - suffix);
        var lexicon = DutchLexicon.get();
        if (lexicon.contains(base)) {
            return base;
        }
        if (base.endsWith("e") && base.length() > 3) {
            var withoutE = base.substring(0, base.length() - 1);
            if (lexicon.contains(withoutE)) {
                return withoutE;
            }
            var doubled = withoutE.substring(0, withoutE.length() - 1)
                    + withoutE.charAt(withoutE.length() - 2)
                    + withoutE.charAt(withoutE.length() - 1);
            var longVowel = withoutE.substring(0, withoutE.length() - 1)
                    + withoutE.charAt(withoutE.length() - 2)
                    + withoutE.substring(withoutE.length() - 1);
            for (var candidate : List.of(doubled, longVowel)) {
                if (lexicon.contains(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean endsWithLongVowelAndConsonant(String core) {
        var last = core.charAt(core.length() - 1);
        if ("aeiou".indexOf(last) >= 0) {
            return false;
        }
        var vowels = core.substring(core.length() - 3, core.length() - 1);
        return DIPHTHONGS.contains(vowels);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        saved = null;
    }
}
