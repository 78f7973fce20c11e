package nl.loket.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The home page, the table of contents, category pages and the sitemap, as a visitor sees them. */
@DatabaseTest
@LoketIntegrationTest
class KnowledgePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @LocalServerPort
    int port;

    @Test
    void the_home_page_lists_each_category_with_its_number_of_articles() throws Exception {
        var name = "Domeinnamen " + TestArticles.word();
        var category = TestArticles.category(editor, name, Language.NL);
        var first = TestArticles.publish(editor, category, "Verhuizen " + TestArticles.word(), "Zo verhuis je.");
        TestArticles.publish(editor, category, "Opzeggen " + TestArticles.word(), "Zo zeg je op.");

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoe kunnen we je helpen?")))
                .andExpect(content()
                        .string(containsString("<a href=\"/kb/" + first.categorySlug() + "\">" + name + "</a>")))
                .andExpect(content().string(containsString("2 artikelen")));
    }

    @Test
    void the_knowledge_base_page_lists_every_category_with_its_articles() throws Exception {
        var name = "Webhosting " + TestArticles.word();
        var category = TestArticles.category(editor, name, Language.NL);
        var article = TestArticles.publish(editor, category, "PHP-versie " + TestArticles.word(), "Kies een versie.");

        mvc.perform(get("/kb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Kennisbank</h1>")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("href=\"" + article.url() + "\"")));
    }

    @Test
    void a_category_page_shows_each_article_with_an_excerpt_and_how_much_it_is_read() throws Exception {
        var category = TestArticles.category(editor, "Facturen " + TestArticles.word(), Language.NL);
        var title = "Betalen met iDEAL " + TestArticles.word();
        var article = TestArticles.publish(
                editor,
                category,
                title,
                "Het is bij ons mogelijk om uw facturen te betalen via **iDEAL**, overboeking of incasso.");

        mvc.perform(get("/kb/" + article.categorySlug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + article.url() + "\">" + title + "</a>")))
                .andExpect(
                        content().string(containsString("Het is bij ons mogelijk om uw facturen te betalen via iDEAL")))
                .andExpect(content().string(containsString("Weinig lezers")))
                .andExpect(content().string(containsString("aria-label=\"Kruimelpad\"")));

        mvc.perform(get("/kb/" + article.categorySlug()).param("lang", "en"))
                .andExpect(content().string(containsString("Few readers")))
                .andExpect(content().string(containsString("<section class=\"kb-category\" lang=\"nl\">")));
    }

    @Test
    void an_unknown_category_answers_404_in_dutch() {
        var response = new WebSession(port).get("/kb/bestaat-niet-" + TestArticles.word());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"nl\">", "Pagina niet gevonden");
    }

    @Test
    void an_unknown_article_answers_404_in_dutch() {
        var category = TestArticles.category(editor, "Mail " + TestArticles.word(), Language.NL);
        var article = TestArticles.publish(editor, category, "Spam " + TestArticles.word(), "Zo houd je spam tegen.");

        var response =
                new WebSession(port).get("/kb/" + article.categorySlug() + "/bestaat-niet-" + TestArticles.word());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Pagina niet gevonden");
    }

    @Test
    void the_sitemap_lists_published_articles_with_their_last_change_and_leaves_drafts_out() throws Exception {
        var category = TestArticles.category(editor, "Servers " + TestArticles.word(), Language.NL);
        var published = TestArticles.publish(editor, category, "Herstarten " + TestArticles.word(), "Zo herstart je.");
        var draft = editor.createArticle(
                category, new ArticleContent("Concept " + TestArticles.word(), "Nog niet af.", ""), "test");

        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content()
                        .string(containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")))
                .andExpect(content().string(containsString("<loc>http://localhost/</loc>")))
                .andExpect(content().string(containsString("<loc>http://localhost/kb</loc>")))
                .andExpect(content()
                        .string(containsString("<loc>http://localhost/kb/" + published.categorySlug() + "</loc>")))
                .andExpect(content()
                        .string(containsString("<url><loc>http://localhost" + published.url() + "</loc><lastmod>")))
                .andExpect(content().string(not(containsString(draft.slug()))));
    }
}
