package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.loket.shared.Language;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over published articles of one language. Title and keywords weigh more than
 * the body; synonyms widen the query; when the exact words find too little, a typo-tolerant pass
 * runs as well. Any text is safe to pass: it is analysed, never parsed as query syntax, and cut to
 * a bounded number of words.
 */
@Component
class ArticleSearch {

    private static final String OPEN = "\u0002";
    private static final String CLOSE = "\u0003";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    static final int MAX_WORDS = 48;
    private static final int MAX_FUZZY_WORDS = 8;
    private static final int SNIPPET_LENGTH = 180;
    private static final float TITLE_BOOST = 3.0f;
    private static final float KEYWORDS_BOOST = 2.5f;
    private static final float SYNONYM_BOOST = 0.6f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final float PHRASE_BOOST = 1.0f;
    private static final int PHRASE_SLOP = 3;
    private static final int MAX_PHRASE_WORDS = 8;

    private final EntityManager entityManager;
    private final Synonyms synonyms;

    ArticleSearch(EntityManager entityManager, Synonyms synonyms) {
        this.entityManager = entityManager;
        this.synonyms = synonyms;
    }

    /** The best published articles for free text, best first; empty for text without words. */
    @Transactional(readOnly = true)
    List<SearchHit> find(String text, Language language, int limit) {
        var words = words(text, MAX_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        var query = String.join(" ", words);
        var expansion = synonyms.expansionsFor(query, language);
        var hits = run(query, expansion, language, limit, false);
        if (hits.size() < Math.min(limit, 3)) {
            var fuzzyQuery = String.join(" ", words.subList(0, Math.min(words.size(), MAX_FUZZY_WORDS)));
            var widened = run(fuzzyQuery, expansion, language, limit, true);
            hits = merge(hits, widened, limit);
        }
        return hits;
    }

    /**
     * Published articles of the same language that share words with the given text (an article's
     * title and keywords), best first, without the article itself. Leaner than {@link #find}: no
     * synonyms, typo pass or snippets, since an article page shows only titles; and it looks in
     * titles and keywords first, whose postings are short, and in bodies only when those find too
     * little. This runs on every first visit of an article page.
     */
    @Transactional(readOnly = true)
    List<PageParts.Related> related(long articleId, String text, Language language, int limit) {
        var words = words(text, MAX_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        var fields = Fields.of(language);
        var query = String.join(" ", words);
        var related = related(articleId, language, limit, f -> f.match()
                .field(fields.title())
                .boost(TITLE_BOOST)
                .field(fields.keywords())
                .boost(KEYWORDS_BOOST)
                .matching(query));
        if (related.size() >= Math.min(limit, 2)) {
            return related;
        }
        return related(articleId, language, limit, f -> exactOrFuzzy(f, fields, query, 1.0f, false));
    }

    private List<PageParts.Related> related(
            long articleId,
            Language language,
            int limit,
            java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> words) {
        List<List<?>> rows = Search.session(entityManager)
                .search(Article.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("hit_title", String.class), f.field("hit_url", String.class))
                        .asList())
                .where(f -> f.bool()
                        .must(words.apply(f))
                        .filter(published(f, language))
                        .mustNot(f.id().matching(articleId)))
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
        return rows.stream()
                .map(row -> new PageParts.Related((Long) row.get(0), (String) row.get(1), (String) row.get(2)))
                .toList();
    }

    private List<SearchHit> run(String query, String expansion, Language language, int limit, boolean fuzzy) {
        var fields = Fields.of(language);
        var session = Search.session(entityManager);
        List<List<?>> rows = session.search(Article.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.score(),
                                f.highlight(fields.body()),
                                f.field("hit_title", String.class),
                                f.field("hit_url", String.class),
                                f.field("hit_category", String.class),
                                f.field("hit_external_id", String.class))
                        .asList())
                .where(f ->
                        f.bool().must(text(f, fields, query, expansion, fuzzy)).filter(published(f, language)))
                .highlighter(h -> h.fastVector()
                        .tag(OPEN, CLOSE)
                        .fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(1)
                        .noMatchSize(SNIPPET_LENGTH))
                // Only the best few are wanted: Lucene may skip documents that cannot make it.
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
        return toHits(rows);
    }

    /** Published articles of the language: a filter, so it does not count towards the score. */
    private static PredicateFinalStep published(SearchPredicateFactory f, Language language) {
        return f.bool()
                .must(f.match().field("status").matching(ArticleStatus.PUBLISHED.name()))
                .must(f.match().field("language").matching(language.code()));
    }

    private static PredicateFinalStep text(
            SearchPredicateFactory f, Fields fields, String query, String expansion, boolean fuzzy) {
        return f.bool().with(any -> {
            any.should(exactOrFuzzy(f, fields, query, 1.0f, fuzzy));
            var wordCount = query.split(" ").length;
            if (!fuzzy && wordCount >= 2 && wordCount <= MAX_PHRASE_WORDS) {
                // Words of the question close together in an article say more than scattered ones.
                any.should(f.phrase()
                        .field(fields.title())
                        .boost(TITLE_BOOST)
                        .field(fields.body())
                        .matching(query)
                        .slop(PHRASE_SLOP)
                        .boost(PHRASE_BOOST));
            }
            if (!expansion.isBlank()) {
                any.should(exactOrFuzzy(f, fields, expansion, SYNONYM_BOOST, false));
            }
            any.minimumShouldMatchNumber(1);
        });
    }

    private static PredicateFinalStep exactOrFuzzy(
            SearchPredicateFactory f, Fields fields, String text, float boost, boolean fuzzy) {
        var match = f.match()
                .field(fields.title())
                .boost(TITLE_BOOST)
                .field(fields.keywords())
                .boost(KEYWORDS_BOOST)
                .field(fields.body())
                .matching(text);
        return fuzzy ? match.fuzzy(2, 1).boost(FUZZY_BOOST) : match.boost(boost);
    }

    /** Everything comes from the index: a search never loads an article from the database. */
    private static List<SearchHit> toHits(List<List<?>> rows) {
        var hits = new ArrayList<SearchHit>(rows.size());
        for (var row : rows) {
            @SuppressWarnings("unchecked")
            var fragments = (List<String>) row.get(2);
            hits.add(new SearchHit(
                    (Long) row.get(0),
                    (String) row.get(6),
                    (String) row.get(3),
                    (String) row.get(4),
                    snippet(fragments),
                    (String) row.get(5),
                    ((Number) row.get(1)).doubleValue()));
        }
        return hits;
    }

    /** The highlighted fragment; the highlighter gives the body's start when no word matched there. */
    private static String snippet(List<String> fragments) {
        var fragment = fragments.isEmpty() ? "" : fragments.getFirst();
        return HtmlUtils.htmlEscape(fragment.strip().replaceAll("\\s+", " "))
                .replace(OPEN, "<mark>")
                .replace(CLOSE, "</mark>");
    }

    private static List<SearchHit> merge(List<SearchHit> first, List<SearchHit> second, int limit) {
        var seen = first.stream().map(SearchHit::id).collect(Collectors.toSet());
        var merged = new ArrayList<>(first);
        second.stream().filter(hit -> !seen.contains(hit.id())).forEach(merged::add);
        return merged.size() > limit ? merged.subList(0, limit) : merged;
    }

    /** At most {@code max} distinct words of the text, in order; punctuation and syntax dropped. */
    static List<String> words(String text, int max) {
        var words = new LinkedHashSet<String>();
        var matcher = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        while (matcher.find() && words.size() < max) {
            words.add(matcher.group());
        }
        return List.copyOf(words);
    }

    private record Fields(String title, String keywords, String body) {
        static Fields of(Language language) {
            var suffix = "_" + language.code();
            return new Fields("title" + suffix, "keywords" + suffix, "body" + suffix);
        }
    }
}
