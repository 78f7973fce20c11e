package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Article pages keep their expensive parts between requests, but never show a reader old content. */
@DatabaseTest
@LoketIntegrationTest
class ArticlePageCacheIntegrationTests {

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleEditor editor;

    @Test
    void an_edit_shows_at_once_on_a_page_that_was_read_before() {
        var article = publish(Language.NL, "Ijsbeerpakket " + UUID.randomUUID(), "De eerste tekst.");
        assertThat(page(article).html()).contains("De eerste tekst.");

        editor.edit(
                article.id(),
                article.category().id(),
                new ArticleContent(article.title(), "De **nieuwe** tekst.", ""),
                "test",
                "");

        assertThat(page(article).html()).contains("<strong>nieuwe</strong>").doesNotContain("eerste");
    }

    @Test
    void a_translation_linked_later_shows_on_a_page_that_was_read_before() {
        var dutch = publish(Language.NL, "Zeekoepakket " + UUID.randomUUID(), "Tekst.");
        var english = publish(Language.EN, "Sea cow plan " + UUID.randomUUID(), "Text.");
        assertThat(page(dutch).translationUrl()).isNull();

        editor.linkTranslation(english.id(), dutch.id());

        assertThat(page(dutch).translationUrl()).isEqualTo(KnowledgeBase.urlOf(english));
    }

    private ArticlePage page(Article article) {
        return knowledgeBase
                .article(article.category().slug(), article.slug(), article.language())
                .orElseThrow();
    }

    private Article publish(Language language, String title, String body) {
        var category = editor.findOrCreateCategory(language == Language.NL ? "Cache" : "Cache en", language);
        var article = editor.createArticle(category.id(), new ArticleContent(title, body, ""), "test");
        editor.publish(article.id(), "test");
        return editor.article(article.id()).orElseThrow();
    }
}
