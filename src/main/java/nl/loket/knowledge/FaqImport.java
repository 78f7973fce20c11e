package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.loket.shared.Language;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and exports FAQ articles in the format of {@code faq-corpus.json}. The {@code id} of an
 * entry becomes the article's external id, so importing the same file again updates instead of
 * duplicating. A file that is not such a JSON array is refused whole; entries without a usable id,
 * title or body are rejected one by one with the reason. Everything else lands in one
 * transaction: published, in its category (or "Algemeen"), with reads seeded from its popularity
 * label so the label survives the move.
 */
@Service
public class FaqImport {

    static final String GENERAL_CATEGORY = "Algemeen";
    static final String GENERAL_CATEGORY_EN = "General";
    private static final String IMPORTER = "import";
    private static final String LOKET_ID_PREFIX = "loket-";

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int BATCH = 100;

    private final ArticleEditor editor;
    private final ArticleRepository articles;
    private final Popularity popularity;
    private final EntityManager entityManager;

    FaqImport(ArticleEditor editor, ArticleRepository articles, Popularity popularity, EntityManager entityManager) {
        this.editor = editor;
        this.articles = articles;
        this.popularity = popularity;
        this.entityManager = entityManager;
    }

    /**
     * Merges the search index into as few segments as it takes after a large import, once its
     * transaction has committed: each query then looks its words up in one place instead of in
     * every segment the import wrote. Call it outside the import's transaction.
     */
    public void compactSearchIndex() {
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Article.class)
                .workspace()
                .mergeSegments();
    }

    /** {@link #compactSearchIndex()} when the import wrote anything; call it after the import committed. */
    public void compactSearchIndexAfter(Summary summary) {
        if (summary.created() + summary.updated() > 0) {
            compactSearchIndex();
        }
    }

    /** What an import did. */
    public record Summary(int created, int updated, int unchanged, List<Rejection> rejected) {
        public int total() {
            return created + updated + unchanged + rejected.size();
        }
    }

    /** An entry that was not imported, and why (in plain words, for the editor). */
    public record Rejection(int position, String id, String reason) {}

    /** The file is not a JSON array of FAQ entries; nothing was imported. */
    public static final class MalformedFile extends RuntimeException {
        MalformedFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public List<FaqEntry> parse(InputStream in) {
        try {
            var entries = json.readValue(in, new TypeReference<List<FaqEntry>>() {});
            if (entries == null) {
                throw new MalformedFile("The file holds no JSON array of articles", null);
            }
            return entries;
        } catch (JacksonException e) {
            throw new MalformedFile("The file is not a JSON array of FAQ articles: " + e.getOriginalMessage(), e);
        }
    }

    @Transactional
    public Summary importFrom(InputStream in) {
        return importEntries(parse(in));
    }

    @Transactional
    public Summary importEntries(List<FaqEntry> entries) {
        int created = 0, updated = 0, unchanged = 0;
        var rejected = new ArrayList<Rejection>();
        var seen = new HashSet<String>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var problem = problemWith(entry, seen);
            if (problem != null) {
                rejected.add(new Rejection(i + 1, entry == null || entry.id() == null ? "" : entry.id(), problem));
                continue;
            }
            seen.add(entry.id().strip());
            switch (importOne(entry)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if ((i + 1) % BATCH == 0) {
                // One transaction for the whole file, but a small persistence context: every query
                // would otherwise re-check all entities loaded so far, and a large file would slow to a crawl.
                entityManager.flush();
                entityManager.clear();
            }
        }
        editor.contentChanged();
        return new Summary(created, updated, unchanged, List.copyOf(rejected));
    }

    public List<FaqEntry> export() {
        return editor.allArticles().stream()
                .map(article -> new FaqEntry(
                        article.externalId() == null ? LOKET_ID_PREFIX + article.id() : article.externalId(),
                        article.importSource(),
                        article.importSite(),
                        isGeneral(article.category())
                                ? null
                                : article.category().name(),
                        article.title(),
                        article.body(),
                        popularity.labelOf(article.id()).exportName(),
                        article.excerptOnly(),
                        article.language() == Language.NL
                                ? null
                                : article.language().code()))
                .toList();
    }

    public byte[] exportJson() {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export());
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private Outcome importOne(FaqEntry entry) {
        var language = Language.fromCode(entry.language());
        var categoryName = entry.category() == null || entry.category().isBlank()
                ? (language == Language.NL ? GENERAL_CATEGORY : GENERAL_CATEGORY_EN)
                : entry.category().strip();
        var category = editor.findOrCreateCategory(categoryName, language);
        var content = new ArticleContent(entry.title(), entry.body(), "");
        var externalId = entry.id().strip();
        var existing = articles.findByExternalId(externalId).or(() -> exportedWithoutExternalId(externalId));
        Article article;
        Outcome outcome;
        if (existing.isEmpty()) {
            article = editor.createArticle(category.id(), content, IMPORTER);
            editor.publish(article.id(), IMPORTER);
            var label = PopularityLabel.fromExportName(entry.popularityLabel());
            if (label != null) {
                popularity.seed(article.id(), label.seedReads());
            }
            outcome = Outcome.CREATED;
        } else {
            article = existing.get();
            var same = article.content().equals(new ArticleContent(content.title(), content.body(), article.keywords()))
                    && article.category().id() == category.id();
            if (same) {
                outcome = Outcome.UNCHANGED;
            } else {
                editor.edit(
                        article.id(),
                        category.id(),
                        new ArticleContent(content.title(), content.body(), article.keywords()),
                        IMPORTER,
                        "Bijgewerkt door import");
                outcome = Outcome.UPDATED;
            }
        }
        article.rememberImport(externalId, entry.source(), entry.site(), Boolean.TRUE.equals(entry.excerptOnly()));
        return outcome;
    }

    private static String problemWith(FaqEntry entry, java.util.Set<String> seen) {
        if (entry == null) {
            return "empty entry";
        }
        if (entry.id() == null || entry.id().isBlank()) {
            return "no id";
        }
        if (entry.id().strip().length() > 200) {
            return "id longer than 200 characters";
        }
        if (seen.contains(entry.id().strip())) {
            return "id appears twice in the file";
        }
        if (entry.title() == null || entry.title().isBlank()) {
            return "no title";
        }
        if (entry.title().strip().length() > ArticleContent.MAX_TITLE) {
            return "title longer than " + ArticleContent.MAX_TITLE + " characters";
        }
        if (entry.body() == null || entry.body().isBlank()) {
            return "no body";
        }
        if (entry.body().strip().length() > ArticleContent.MAX_BODY) {
            return "body longer than " + ArticleContent.MAX_BODY + " characters";
        }
        if (entry.language() != null
                && !List.of("nl", "en").contains(entry.language().strip().toLowerCase(java.util.Locale.ROOT))) {
            return "unknown language '" + entry.language() + "' (nl or en)";
        }
        return null;
    }

    /**
     * Articles written in Loket have no external id and are exported as {@code loket-<id>}; reading
     * such an export back must update them, not create copies.
     */
    private java.util.Optional<Article> exportedWithoutExternalId(String externalId) {
        if (!externalId.matches(LOKET_ID_PREFIX + "\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return articles.findById(Long.parseLong(externalId.substring(LOKET_ID_PREFIX.length())))
                .filter(article -> article.externalId() == null);
    }

    private static boolean isGeneral(Category category) {
        return category.name().equals(GENERAL_CATEGORY) || category.name().equals(GENERAL_CATEGORY_EN);
    }
}
