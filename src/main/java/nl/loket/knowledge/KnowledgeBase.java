package nl.loket.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.loket.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge module's entry point for readers: categories, articles, search, FAQ suggestions
 * for the ticket form, reader counts and "was this helpful".
 */
@Service
public class KnowledgeBase {

    static final int EXCERPT_LENGTH = 160;
    private static final int RELATED = 4;
    private static final int MAX_SEARCH_LIMIT = 50;
    private static final int MAX_SUGGESTIONS = 5;

    private final CategoryRepository categories;
    private final ArticleRepository articles;
    private final ArticleSearch search;
    private final Vocabulary vocabulary;
    private final SearchGaps gaps;
    private final Popularity popularity;
    private final Feedback feedback;
    private final PageParts pageParts;
    private final RecentSearches recentSearches;
    private final PublishedSlugs publishedSlugs;

    KnowledgeBase(
            CategoryRepository categories,
            ArticleRepository articles,
            ArticleSearch search,
            Vocabulary vocabulary,
            SearchGaps gaps,
            Popularity popularity,
            Feedback feedback,
            PageParts pageParts,
            RecentSearches recentSearches,
            PublishedSlugs publishedSlugs) {
        this.categories = categories;
        this.articles = articles;
        this.search = search;
        this.vocabulary = vocabulary;
        this.gaps = gaps;
        this.popularity = popularity;
        this.feedback = feedback;
        this.pageParts = pageParts;
        this.recentSearches = recentSearches;
        this.publishedSlugs = publishedSlugs;
    }

    static String urlOf(Article article) {
        return "/kb/" + article.category().slug() + "/" + article.slug();
    }

    static String urlOf(Category category) {
        return "/kb/" + category.slug();
    }

    /** Categories of a language that have published articles, in their order, with those articles. */
    @Transactional(readOnly = true)
    public List<CategorySummary> categories(Language language) {
        return categories.findByLanguageOrderByPositionAscNameAsc(language).stream()
                .map(this::summaryOf)
                .filter(category -> !category.articles().isEmpty())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CategorySummary> category(Language language, String slug) {
        return categories.findByLanguageAndSlug(language, slug).map(this::summaryOf);
    }

    /** The most-read published articles of a language. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> popular(Language language, int limit) {
        return articles.findByLanguageAndStatus(language, ArticleStatus.PUBLISHED).stream()
                .map(this::summaryOf)
                .sorted(Comparator.comparing(ArticleSummary::popularity).thenComparing(ArticleSummary::title))
                .limit(limit)
                .toList();
    }

    /** A published article by its URL parts, in any language. */
    @Transactional(readOnly = true)
    public Optional<ArticlePage> article(String categorySlug, String articleSlug, Language preferred) {
        // The slug index knows the id: a primary-key load is far cheaper than a query by slug.
        var indexed = publishedSlugs
                .find(articleSlug, preferred)
                .filter(entry -> entry.categorySlug().equals(categorySlug))
                .flatMap(entry -> articles.findById(entry.id()))
                .filter(Article::isPublished);
        return indexed.or(() -> findPublished(articleSlug, preferred))
                .filter(article -> article.category().slug().equals(categorySlug))
                .map(this::pageOf);
    }

    /**
     * What an article page's validators depend on, without building the page: enough to answer a
     * conditional request with 304, from memory (no database query).
     */
    public Optional<ArticleStamp> stamp(String categorySlug, String articleSlug, Language preferred) {
        return publishedSlugs
                .find(articleSlug, preferred)
                .filter(entry -> entry.categorySlug().equals(categorySlug))
                .map(entry -> new ArticleStamp(
                        entry.id(),
                        entry.version(),
                        pageParts.generation(),
                        entry.updatedAt(),
                        popularity.labelOf(entry.id())));
    }

    /** Where a published article lives now, for old links whose category changed. */
    @Transactional(readOnly = true)
    public Optional<String> currentUrl(String articleSlug, Language preferred) {
        return findPublished(articleSlug, preferred).map(KnowledgeBase::urlOf);
    }

    /** Every published article in both languages, for the sitemap. */
    @Transactional(readOnly = true)
    public List<PublishedArticle> published() {
        return java.util.Arrays.stream(Language.values())
                .flatMap(language -> articles.findByLanguageAndStatus(language, ArticleStatus.PUBLISHED).stream())
                .map(article -> new PublishedArticle(urlOf(article), article.language(), article.updatedAt()))
                .sorted(Comparator.comparing(PublishedArticle::url))
                .toList();
    }

    /** A search as a reader makes it; a search that finds nothing is recorded as a content gap. */
    public SearchResults search(String query, Language language, int limit) {
        var max = clamp(limit, MAX_SEARCH_LIMIT);
        var words = ArticleSearch.words(query, ArticleSearch.MAX_WORDS);
        var answer = recentSearches.answer(new RecentSearches.Key("search", language, max, words), () -> {
            var hits = search.find(query, language, max);
            return new RecentSearches.Answer(hits, hits.size() < 2 ? vocabulary.correct(query, language) : null);
        });
        if (answer.hits().isEmpty() && !words.isEmpty()) {
            gaps.record(query, language);
        }
        return new SearchResults(query, answer.hits(), answer.didYouMean());
    }

    /** The best published articles for what a customer is typing in a ticket (subject and message). */
    public List<SearchHit> suggestions(String text, Language language, int limit) {
        var max = clamp(limit, MAX_SUGGESTIONS);
        var words = ArticleSearch.words(text, ArticleSearch.MAX_WORDS);
        return recentSearches
                .answer(
                        new RecentSearches.Key("suggestions", language, max, words),
                        () -> new RecentSearches.Answer(search.find(text, language, max), null))
                .hits();
    }

    /** Counts a read of an article page (at most once per visitor per day; crawlers never). */
    public void recordRead(long articleId, String address, @org.jspecify.annotations.Nullable String userAgent) {
        popularity.recordRead(articleId, address, userAgent);
    }

    /** Records a "was this helpful" answer for a published article; false when there is no such article. */
    @Transactional
    public boolean recordFeedback(long articleId, boolean helpful) {
        var article = articles.findById(articleId).filter(Article::isPublished);
        article.ifPresent(found -> feedback.record(found.id(), helpful));
        return article.isPresent();
    }

    @Transactional(readOnly = true)
    public List<ContentGap> contentGaps(int limit) {
        return gaps.mostFrequent(limit);
    }

    private Optional<Article> findPublished(String slug, Language preferred) {
        var other = preferred == Language.NL ? Language.EN : Language.NL;
        return articles.findByLanguageAndSlug(preferred, slug)
                .filter(Article::isPublished)
                .or(() -> articles.findByLanguageAndSlug(other, slug).filter(Article::isPublished));
    }

    private CategorySummary summaryOf(Category category) {
        var list = articles.findByCategoryAndStatusOrderByTitleAsc(category, ArticleStatus.PUBLISHED).stream()
                .map(this::summaryOf)
                .toList();
        return new CategorySummary(
                category.id(), category.slug(), category.name(), category.description(), urlOf(category), list);
    }

    private ArticleSummary summaryOf(Article article) {
        return new ArticleSummary(
                article.id(),
                article.title(),
                urlOf(article),
                MarkdownText.excerpt(article.body(), EXCERPT_LENGTH),
                popularity.labelOf(article.id()));
    }

    private ArticlePage pageOf(Article article) {
        var parts = pageParts.get(article.id(), article.version(), () -> partsOf(article));
        var related = parts.related().stream()
                .map(hit -> new ArticleSummary(hit.id(), hit.title(), hit.url(), "", popularity.labelOf(hit.id())))
                .toList();
        return new ArticlePage(
                article.id(),
                article.title(),
                parts.html(),
                article.language(),
                urlOf(article),
                article.category().name(),
                urlOf(article.category()),
                article.updatedAt(),
                article.version(),
                popularity.labelOf(article.id()),
                related,
                parts.translationUrl());
    }

    private PageParts.Parts partsOf(Article article) {
        var related =
                search.related(article.id(), article.title() + " " + article.keywords(), article.language(), RELATED);
        var translation = publishedSlugs
                .translationOf(article.id(), article.translationKey())
                .map(PublishedSlugs.Entry::url)
                .orElse(null);
        return new PageParts.Parts(MarkdownText.html(article.body()), related, translation);
    }

    private static int clamp(int limit, int max) {
        return Math.max(1, Math.min(limit, max));
    }
}
