package nl.loket.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of an article: who changed it, when, and what it said then. Never changed. */
@Entity
@Table(name = "kb_article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long articleId;

    private int number;

    private String title;

    private String body;

    private String keywords;

    private long categoryId;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private String editor;

    private String summary;

    private Instant createdAt;

    protected ArticleRevision() {
        this.title = "";
        this.body = "";
        this.keywords = "";
        this.status = ArticleStatus.DRAFT;
        this.editor = "";
        this.summary = "";
        this.createdAt = Instant.EPOCH;
    }

    ArticleRevision(Article article, int number, String editor, String summary, Instant createdAt) {
        this.articleId = article.id();
        this.number = number;
        this.title = article.title();
        this.body = article.body();
        this.keywords = article.keywords();
        this.categoryId = article.category().id();
        this.status = article.status();
        this.editor = editor;
        this.summary = summary;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long articleId() {
        return articleId;
    }

    public int number() {
        return number;
    }

    public ArticleContent content() {
        return new ArticleContent(title, body, keywords);
    }

    public long categoryId() {
        return categoryId;
    }

    public ArticleStatus status() {
        return status;
    }

    public String editor() {
        return editor;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
