package nl.loket.knowledge;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the search index. Dutch: accents folded, compounds split into their parts
 * ({@code betaalmogelijkheden} → betaal + mogelijkheden), verb forms and participles brought
 * together ({@code betaald}, {@code opgezegd}), then stemmed and normalised. English: folded and
 * Porter-stemmed. Synonyms are not here: they are expanded per query from an editable list.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Change this whenever an analyser, the lexicon or a filter changes: the index is rebuilt at start. */
    public static final String VERSION = "2026-11-21.3";

    public static final String DUTCH = "loket_dutch";
    public static final String ENGLISH = "loket_english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DUTCH).instance(new DutchSearchAnalyzer());
        context.analyzer(ENGLISH).instance(new EnglishSearchAnalyzer());
    }

    /** Dutch analysis; also used outside the index to normalise words for synonyms and spelling. */
    static final class DutchSearchAnalyzer extends Analyzer {

        /** "e-mail" is one word to a reader; the tokenizer would cut it at the hyphen. */
        private static final NormalizeCharMap JOINED = joined();

        private static NormalizeCharMap joined() {
            var map = new NormalizeCharMap.Builder();
            for (var spelling : new String[] {"e-mail", "E-mail", "E-Mail", "e-Mail"}) {
                map.add(spelling, "email");
            }
            return map.build();
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(JOINED, reader);
        }

        /** Negations carry meaning in questions ("factuur niet betaald"): they stay. */
        private static final CharArraySet STOP_WORDS =
                folded(DutchAnalyzer.getDefaultStopSet(), java.util.Set.of("niet", "geen", "zonder", "niets"));

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new DutchCompoundFilter(stream, DutchLexicon.get());
            stream = new DutchVerbFormFilter(stream);
            stream = new SnowballFilter(stream, "Dutch");
            stream = new DutchStemNormalizer(stream);
            stream = new RemoveDuplicatesTokenFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    static final class EnglishSearchAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static CharArraySet folded(CharArraySet words, java.util.Set<String> kept) {
        var result = new CharArraySet(words.size(), true);
        for (var word : words) {
            var folded = DutchLexicon.fold(new String((char[]) word));
            if (!kept.contains(folded)) {
                result.add(folded);
            }
        }
        return CharArraySet.unmodifiableSet(result);
    }
}
