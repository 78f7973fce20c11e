package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.loket.shared.Language;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writing the knowledge base: categories and articles, publishing, and the revision history that
 * records who changed what and when. Every change of an article's content or status adds a
 * revision; restoring an old revision is itself a new revision.
 */
@Service
public class ArticleEditor {

    private final CategoryRepository categories;
    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final Vocabulary vocabulary;
    private final Popularity popularity;
    private final PageParts pageParts;
    private final RecentSearches recentSearches;
    private final EntityManager entityManager;
    private final Clock clock;

    ArticleEditor(
            CategoryRepository categories,
            ArticleRepository articles,
            ArticleRevisionRepository revisions,
            Vocabulary vocabulary,
            Popularity popularity,
            PageParts pageParts,
            RecentSearches recentSearches,
            EntityManager entityManager,
            Clock clock) {
        this.categories = categories;
        this.articles = articles;
        this.revisions = revisions;
        this.vocabulary = vocabulary;
        this.popularity = popularity;
        this.pageParts = pageParts;
        this.recentSearches = recentSearches;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Category createCategory(String name, Language language, int position) {
        var slug = Slugs.unique(name, candidate -> categories
                .findByLanguageAndSlug(language, candidate)
                .isPresent());
        return categories.save(new Category(name.strip(), slug, language, position, clock.instant()));
    }

    /** A new category with a description; the slug follows from the name. */
    @Transactional
    public Category createCategory(String name, Language language, int position, @Nullable String description) {
        var category = createCategory(name, language, position);
        category.rename(category.name(), blankToNull(description), position);
        return category;
    }

    @Transactional
    public Category findOrCreateCategory(String name, Language language) {
        return categories
                .findByLanguageAndNameIgnoreCase(language, name.strip())
                .orElseGet(() -> createCategory(name, language, (int) categories.count()));
    }

    @Transactional
    public void changeCategory(long id, String name, @Nullable String description, int position) {
        var category = categories.findById(id).orElseThrow(() -> new NotFound("category " + id));
        category.rename(name.strip(), blankToNull(description), position);
        // Search results carry the category name from the index: reindex its articles.
        var indexing = Search.session(entityManager).indexingPlan();
        articles.findByCategory(category).forEach(indexing::addOrUpdate);
        contentChanged();
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(long id) {
        return categories.findById(id);
    }

    /** Articles for the editors' list, newest change first; a null status or language means any. */
    @Transactional(readOnly = true)
    public List<Article> articles(@Nullable ArticleStatus status, @Nullable Language language) {
        return articles.findAllForExport().stream()
                .filter(article -> status == null || article.status() == status)
                .filter(article -> language == null || article.language() == language)
                .sorted(java.util.Comparator.comparing(Article::updatedAt).reversed())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Category> categories(Language language) {
        return categories.findByLanguageOrderByPositionAscNameAsc(language);
    }

    @Transactional(readOnly = true)
    public List<Category> allCategories() {
        return categories.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Article> article(long id) {
        return articles.findById(id).map(article -> {
            article.category().name();
            return article;
        });
    }

    @Transactional(readOnly = true)
    public List<Article> allArticles() {
        return articles.findAllForExport();
    }

    /** A new draft in the given category; its language is the category's. */
    @Transactional
    public Article createArticle(long categoryId, ArticleContent content, String editor) {
        var category = categories.findById(categoryId).orElseThrow(() -> new NotFound("category " + categoryId));
        var slug = Slugs.unique(
                content.title(), candidate -> articles.existsByLanguageAndSlug(category.language(), candidate));
        var article = articles.saveAndFlush(new Article(category, slug, content, clock.instant()));
        addRevision(article, editor, "Aangemaakt");
        return article;
    }

    @Transactional
    public Article edit(long articleId, long categoryId, ArticleContent content, String editor, String summary) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFound("article " + articleId));
        var category = categories.findById(categoryId).orElseThrow(() -> new NotFound("category " + categoryId));
        article.edit(content, category, clock.instant());
        articles.flush();
        addRevision(article, editor, summary.isBlank() ? "Bewerkt" : summary.strip());
        contentChanged();
        return article;
    }

    /**
     * Edits the article as the editor saw it at {@code expectedVersion}.
     *
     * @throws Conflict when someone else changed the article since
     */
    @Transactional
    public Article edit(
            long articleId,
            long expectedVersion,
            long categoryId,
            ArticleContent content,
            String editor,
            String summary) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFound("article " + articleId));
        if (article.version() != expectedVersion) {
            throw new Conflict(articleId);
        }
        return edit(articleId, categoryId, content, editor, summary);
    }

    @Transactional
    public void publish(long articleId, String editor) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFound("article " + articleId));
        if (!article.isPublished()) {
            article.publish(clock.instant());
            articles.flush();
            addRevision(article, editor, "Gepubliceerd");
            contentChanged();
        }
    }

    @Transactional
    public void unpublish(long articleId, String editor) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFound("article " + articleId));
        if (article.isPublished()) {
            article.unpublish(clock.instant());
            articles.flush();
            addRevision(article, editor, "Teruggetrokken");
            contentChanged();
        }
    }

    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(long articleId) {
        return revisions.findByArticleIdOrderByNumberDesc(articleId);
    }

    @Transactional(readOnly = true)
    public Optional<ArticleRevision> revision(long articleId, int number) {
        return revisions.findByArticleIdAndNumber(articleId, number);
    }

    /** Puts an old revision's title, body, keywords and category back, as a new revision. */
    @Transactional
    public Article restore(long articleId, int number, String editor) {
        var revision = revisions
                .findByArticleIdAndNumber(articleId, number)
                .orElseThrow(() -> new NotFound("revision " + number + " of article " + articleId));
        return edit(articleId, revision.categoryId(), revision.content(), editor, "Versie " + number + " teruggezet");
    }

    /** Links two articles in different languages as translations of each other. */
    @Transactional
    public void linkTranslation(long articleId, long originalId) {
        var article = articles.findById(articleId).orElseThrow(() -> new NotFound("article " + articleId));
        var original = articles.findById(originalId).orElseThrow(() -> new NotFound("article " + originalId));
        if (article.language() == original.language()) {
            throw new IllegalArgumentException("A translation must be in another language");
        }
        article.translationOf(original);
        contentChanged();
    }

    /** Makes the article stand alone again, without translation. */
    @Transactional
    public void unlinkTranslation(long articleId) {
        articles.findById(articleId)
                .orElseThrow(() -> new NotFound("article " + articleId))
                .ownTranslation();
        contentChanged();
    }

    /** The article in the other language that is linked as this one's translation, if any. */
    @Transactional(readOnly = true)
    public Optional<Article> translationOf(long articleId) {
        return articles.findById(articleId)
                .flatMap(article -> articles.findByTranslationKeyAndIdNot(article.translationKey(), articleId).stream()
                        .findFirst());
    }

    void addRevision(Article article, String editor, String summary) {
        var next = revisions
                .findTopByArticleIdOrderByNumberDesc(article.id())
                .map(last -> last.number() + 1)
                .orElse(1);
        revisions.save(new ArticleRevision(article, next, editor, summary, clock.instant()));
    }

    /**
     * Forgets what was derived from the published articles. Once now and once more after the commit:
     * a page built in between from the old data must not outlive the change.
     */
    void contentChanged() {
        forgetDerived();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetDerived();
                }
            });
        }
    }

    private void forgetDerived() {
        vocabulary.invalidate();
        popularity.forgetLabels();
        pageParts.clear();
        recentSearches.clear();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Someone else changed the article after the editor opened it. */
    public static final class Conflict extends RuntimeException {
        Conflict(long articleId) {
            super("Article " + articleId + " was changed by someone else");
        }
    }

    /** Asked for something that is not there. */
    public static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super("Not found: " + what);
        }
    }
}
