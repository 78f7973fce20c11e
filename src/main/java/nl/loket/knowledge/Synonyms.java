package nl.loket.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.loket.shared.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expands a query with the synonyms editors keep in {@code kb_synonym_group}. Applied per query
 * rather than in the index analyser, so an edit takes effect at once without reindexing. Terms
 * are compared after the same analysis as the index, so {@code opgezegd} or {@code annulering}
 * in a question triggers the group of {@code opzeggen} and {@code annuleren}.
 */
@Component
class Synonyms {

    private static final Map<Language, Analyzer> ANALYZERS = Map.of(
            Language.NL, new SearchAnalysis.DutchSearchAnalyzer(),
            Language.EN, new SearchAnalysis.EnglishSearchAnalyzer());

    private final SynonymGroupRepository groups;
    private final RecentSearches recentSearches;
    private volatile Map<Language, List<List<Term>>> cache = Map.of();

    Synonyms(SynonymGroupRepository groups, RecentSearches recentSearches) {
        this.groups = groups;
        this.recentSearches = recentSearches;
    }

    /** A synonym as written, and the analysed tokens of each of its words. */
    private record Term(String text, List<Set<String>> words) {

        boolean occursIn(Set<String> tokens) {
            var meaningful = words.stream().filter(word -> !word.isEmpty()).toList();
            return !meaningful.isEmpty()
                    && meaningful.stream().allMatch(word -> word.stream().anyMatch(tokens::contains));
        }
    }

    /** The other members of every group one of whose terms occurs in the query, space-separated. */
    String expansionsFor(String query, Language language) {
        var tokens = tokens(ANALYZERS.get(language), query);
        var extra = new LinkedHashSet<String>();
        for (var group : groups(language)) {
            if (group.stream().anyMatch(term -> term.occursIn(tokens))) {
                group.stream()
                        .filter(term -> !term.occursIn(tokens))
                        .map(Term::text)
                        .forEach(extra::add);
            }
        }
        return String.join(" ", extra);
    }

    /** Forget the cached list, and the searches answered with it, after an edit. */
    void refresh() {
        cache = Map.of();
        recentSearches.clear();
    }

    private List<List<Term>> groups(Language language) {
        var current = cache;
        var list = current.get(language);
        if (list == null) {
            list = load(language);
            var next = new EnumMap<Language, List<List<Term>>>(Language.class);
            next.putAll(current);
            next.put(language, list);
            cache = next;
        }
        return list;
    }

    @Transactional(readOnly = true)
    List<List<Term>> load(Language language) {
        var analyzer = ANALYZERS.get(language);
        return groups.findByLanguageOrderByIdAsc(language).stream()
                .map(group -> group.termList().stream()
                        .map(term -> new Term(
                                term,
                                List.of(term.split("[\\s-]+")).stream()
                                        .map(word -> tokens(analyzer, word))
                                        .toList()))
                        .toList())
                .toList();
    }

    private static Set<String> tokens(Analyzer analyzer, String text) {
        var tokens = new HashSet<String>();
        try (var stream = analyzer.tokenStream("synonyms", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
