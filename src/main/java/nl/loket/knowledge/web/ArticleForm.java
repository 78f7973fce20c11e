package nl.loket.knowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.loket.knowledge.Article;
import nl.loket.knowledge.ArticleContent;
import org.jspecify.annotations.Nullable;

/**
 * What the article form sends: the content, the category, and for an existing article its id and
 * the version the editor started from (so a concurrent change is noticed, not overwritten).
 */
record ArticleForm(
        @Nullable Long id,
        @Nullable Long version,
        @NotNull(message = "{knowledge.admin.article.category-required}") @Nullable Long categoryId,
        @NotBlank(message = "{knowledge.admin.article.title-required}")
                @Size(max = ArticleContent.MAX_TITLE, message = "{knowledge.admin.article.title-too-long}")
                @Nullable
                String title,
        @NotBlank(message = "{knowledge.admin.article.body-required}")
                @Size(max = ArticleContent.MAX_BODY, message = "{knowledge.admin.article.body-too-long}")
                @Nullable
                String body,
        @Size(max = ArticleContent.MAX_KEYWORDS, message = "{knowledge.admin.article.keywords-too-long}") @Nullable
                String keywords,
        @Size(max = 500, message = "{knowledge.admin.article.summary-too-long}") @Nullable String summary) {

    static ArticleForm empty(@Nullable Long categoryId) {
        return new ArticleForm(null, null, categoryId, "", "", "", "");
    }

    static ArticleForm of(Article article) {
        return new ArticleForm(
                article.id(),
                article.version(),
                article.category().id(),
                article.title(),
                article.body(),
                article.keywords(),
                "");
    }

    ArticleContent toContent() {
        return new ArticleContent(title, body, keywords);
    }

    String summaryText() {
        return summary == null ? "" : summary;
    }
}
