package nl.loket.knowledge;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.loket.shared.Language;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base article: Markdown body, one language, draft or published. Searchable in the
 * analysis of its own language; fields of the other language stay empty.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private String slug;

    @Convert(converter = LanguageConverter.class)
    private Language language;

    private String title;

    private String body;

    private String keywords;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private @Nullable String externalId;

    private UUID translationKey;

    private @Nullable String importSource;

    private @Nullable String importSite;

    private boolean excerptOnly;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Instant publishedAt;

    protected Article() {
        this.slug = "";
        this.language = Language.NL;
        this.title = "";
        this.body = "";
        this.keywords = "";
        this.status = ArticleStatus.DRAFT;
        this.translationKey = UUID.randomUUID();
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
        this.category = new Category();
    }

    Article(Category category, String slug, ArticleContent content, Instant now) {
        this.category = category;
        this.slug = slug;
        this.language = category.language();
        this.title = content.title();
        this.body = content.body();
        this.keywords = content.keywords();
        this.status = ArticleStatus.DRAFT;
        this.translationKey = UUID.randomUUID();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces title, body and keywords; the caller records the revision. */
    void edit(ArticleContent content, Category category, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.keywords = content.keywords();
        this.category = category;
        this.language = category.language();
        this.updatedAt = now;
    }

    void publish(Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            status = ArticleStatus.PUBLISHED;
            publishedAt = publishedAt == null ? now : publishedAt;
            updatedAt = now;
        }
    }

    void unpublish(Instant now) {
        if (status != ArticleStatus.DRAFT) {
            status = ArticleStatus.DRAFT;
            updatedAt = now;
        }
    }

    void rememberImport(String externalId, @Nullable String source, @Nullable String site, boolean excerptOnly) {
        this.externalId = externalId;
        this.importSource = source;
        this.importSite = site;
        this.excerptOnly = excerptOnly;
    }

    /** Ends a link to a translation: the article gets a translation key of its own. */
    void ownTranslation() {
        this.translationKey = UUID.randomUUID();
    }

    /** Makes this article a translation of another (they share one translation key). */
    void translationOf(Article original) {
        this.translationKey = original.translationKey;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Article has not been saved yet");
        }
        return id;
    }

    public Category category() {
        return category;
    }

    public String slug() {
        return slug;
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String keywords() {
        return keywords;
    }

    public ArticleStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public @Nullable String externalId() {
        return externalId;
    }

    public UUID translationKey() {
        return translationKey;
    }

    public @Nullable String importSource() {
        return importSource;
    }

    public @Nullable String importSite() {
        return importSite;
    }

    public boolean excerptOnly() {
        return excerptOnly;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public ArticleContent content() {
        return new ArticleContent(title, body, keywords);
    }

    // ---- What the search index sees ---------------------------------------------------------

    @KeywordField(name = "status")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    String getIndexedStatus() {
        return status.name();
    }

    @KeywordField(name = "language")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "language")))
    String getIndexedLanguage() {
        return language.code();
    }

    // Stored for search results, so that a search never has to load articles from the database.

    @KeywordField(name = "hit_title", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    String getHitTitle() {
        return title;
    }

    @KeywordField(name = "hit_url", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "slug")),
                @ObjectPath(@PropertyValue(propertyName = "category"))
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    String getHitUrl() {
        return KnowledgeBase.urlOf(this);
    }

    @KeywordField(name = "hit_category", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    String getHitCategory() {
        return category.name();
    }

    @KeywordField(name = "hit_external_id", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "externalId")))
    @Nullable
    String getHitExternalId() {
        return externalId;
    }

    @GenericField(name = "categoryId")
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    long getIndexedCategoryId() {
        return category.id();
    }

    @FullTextField(
            name = "title_nl",
            analyzer = SearchAnalysis.DUTCH,
            searchAnalyzer = SearchAnalysis.DUTCH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    @Nullable
    String getTitleNl() {
        return language == Language.NL ? title : null;
    }

    @FullTextField(
            name = "body_nl",
            analyzer = SearchAnalysis.DUTCH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    @Nullable
    String getBodyNl() {
        return language == Language.NL ? MarkdownText.plain(body) : null;
    }

    @FullTextField(name = "keywords_nl", analyzer = SearchAnalysis.DUTCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "keywords")))
    @Nullable
    String getKeywordsNl() {
        return language == Language.NL ? keywords : null;
    }

    @FullTextField(
            name = "title_en",
            analyzer = SearchAnalysis.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    @Nullable
    String getTitleEn() {
        return language == Language.EN ? title : null;
    }

    @FullTextField(
            name = "body_en",
            analyzer = SearchAnalysis.ENGLISH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    @Nullable
    String getBodyEn() {
        return language == Language.EN ? MarkdownText.plain(body) : null;
    }

    @FullTextField(name = "keywords_en", analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "keywords")))
    @Nullable
    String getKeywordsEn() {
        return language == Language.EN ? keywords : null;
    }
}
