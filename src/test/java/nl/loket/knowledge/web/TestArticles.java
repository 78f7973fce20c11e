package nl.loket.knowledge.web;

import java.util.concurrent.ThreadLocalRandom;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;

/**
 * Published articles for page tests. The database is shared by every test class in the JVM, so
 * every name carries a made-up word of its own and nothing is ever deleted.
 */
final class TestArticles {

    private TestArticles() {}

    /** An article as its tests address it. */
    record Published(long id, long categoryId, String categorySlug, String slug, String url) {}

    /** A word that occurs in no other article: eight random lower-case letters. */
    static String word() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static long category(ArticleEditor editor, String name, Language language) {
        return editor.createCategory(name, language, 0).id();
    }

    static Published publish(ArticleEditor editor, long categoryId, String title, String body) {
        var article = editor.createArticle(categoryId, new ArticleContent(title, body, ""), "test");
        editor.publish(article.id(), "test");
        var category = editor.article(article.id()).orElseThrow().category();
        return new Published(
                article.id(),
                categoryId,
                category.slug(),
                article.slug(),
                "/kb/" + category.slug() + "/" + article.slug());
    }
}
