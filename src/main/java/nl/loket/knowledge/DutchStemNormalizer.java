package nl.loket.knowledge;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Evens out what the Snowball Dutch stemmer leaves different: an apostrophe plural ({@code faq's}
 * → {@code faq}), a doubled last consonant
 * ({@code opzegg} → {@code opzeg}), a long vowel before the last consonant ({@code betaal} →
 * {@code betal}), and a final z or v ({@code verhuiz} → {@code verhuis}).
 */
final class DutchStemNormalizer extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchStemNormalizer(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            var normalised = normalise(term.toString());
            term.setEmpty().append(normalised);
        }
        return true;
    }

    static String normalise(String stem) {
        var apostrophe = stem.indexOf('\'');
        var word = apostrophe > 0 ? stem.substring(0, apostrophe) : stem;
        var n = word.length();
        if (n >= 4 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word.charAt(n - 1))) {
            word = word.substring(0, n - 1);
            n--;
        }
        if (n >= 5
                && isConsonant(word.charAt(n - 1))
                && word.charAt(n - 2) == word.charAt(n - 3)
                && "aeou".indexOf(word.charAt(n - 2)) >= 0
                && isConsonant(word.charAt(n - 4))) {
            word = word.substring(0, n - 2) + word.charAt(n - 1);
            n--;
        }
        if (n >= 4 && word.charAt(n - 1) == 'z') {
            word = word.substring(0, n - 1) + 's';
        } else if (n >= 4 && word.charAt(n - 1) == 'v') {
            word = word.substring(0, n - 1) + 'f';
        }
        return word;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
