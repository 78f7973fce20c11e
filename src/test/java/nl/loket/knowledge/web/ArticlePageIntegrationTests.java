package nl.loket.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.MockMvc;

/** An article page: its content, its "was this helpful?" vote, its address and its HTTP caching. */
@DatabaseTest
@LoketIntegrationTest
class ArticlePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @LocalServerPort
    int port;

    @Test
    void the_article_page_shows_the_rendered_body_without_a_script_typed_in_the_markdown() throws Exception {
        var title = "Wachtwoord wijzigen " + TestArticles.word();
        var article = publish(title, "Ga naar **Instellingen**.\n\n<script>alert('xss')</script>\n\nKlaar.");

        mvc.perform(get(article.url()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + title + "</h1>")))
                .andExpect(content().string(containsString("<strong>Instellingen</strong>")))
                .andExpect(content().string(not(containsString("alert('xss')"))))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("Weinig lezers")))
                .andExpect(content().string(containsString("<a href=\"/kb/" + article.categorySlug() + "\">")))
                .andExpect(content()
                        .string(containsString("<a href=\"/tickets/new\">Stel je vraag aan ons supportteam</a>")))
                .andExpect(content().string(containsString("Was dit artikel nuttig?")))
                .andExpect(content().string(containsString("action=\"" + article.url() + "/feedback\"")))
                .andExpect(content().string(containsString("hx-post=\"" + article.url() + "/feedback\"")))
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"canonical\" href=\"http://localhost" + article.url() + "\">")));
    }

    @Test
    void an_anonymous_article_page_carries_no_session_or_token_so_that_it_can_be_cached() {
        var article = publish("Cache " + TestArticles.word(), "Tekst.");

        var response = new WebSession(port).get(article.url());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.body()).doesNotContain("_csrf");
    }

    @Test
    void an_unchanged_article_answers_304_and_an_edited_one_200_with_a_new_etag() throws Exception {
        var article = publish("Versie " + TestArticles.word(), "Eerste versie.");
        var etag = mvc.perform(get(article.url()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).isNotBlank();

        mvc.perform(get(article.url()).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));

        editor.edit(
                article.id(),
                article.categoryId(),
                new ArticleContent("Versie " + TestArticles.word(), "Tweede versie.", ""),
                "test",
                "");

        var changed = mvc.perform(get(article.url()).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tweede versie.")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(changed).isNotBlank().isNotEqualTo(etag);
    }

    @Test
    void a_second_visit_gets_the_same_page_and_a_newly_published_related_article_shows_at_once() throws Exception {
        var word = TestArticles.word();
        var first = publish("Mailbox " + word + " instellen", "Zo stel je de mailbox in.");
        var page = mvc.perform(get(first.url()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(get(first.url()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(content().string(page));
        assertThat(page).doesNotContain("Mailbox " + word + " verhuizen");

        publish("Mailbox " + word + " verhuizen", "Zo verhuis je de mailbox.");

        mvc.perform(get(first.url()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mailbox " + word + " verhuizen")));
    }

    @Test
    void a_withdrawn_article_is_gone_at_once_even_for_a_reader_who_holds_its_etag() throws Exception {
        var article = publish("Ingetrokken " + TestArticles.word(), "Tekst.");
        var etag = mvc.perform(get(article.url()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        editor.unpublish(article.id(), "test");

        mvc.perform(get(article.url()).header("If-None-Match", etag)).andExpect(status().isNotFound());
        mvc.perform(get(article.url())).andExpect(status().isNotFound());
    }

    @Test
    void the_page_in_another_interface_language_has_another_etag() throws Exception {
        var article = publish("Taal " + TestArticles.word(), "Tekst.");
        var dutch = mvc.perform(get(article.url())).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get(article.url()).header("Accept-Language", "en").header("If-None-Match", dutch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Was this article helpful?")));
    }

    @Test
    void a_signed_in_visitor_gets_a_page_that_is_never_stored() throws Exception {
        var article = publish("Ingelogd " + TestArticles.word(), "Tekst.");

        mvc.perform(get(article.url()).with(user("agent@loket.test").roles("SUPPORT_AGENT")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(header().doesNotExist("ETag"));
    }

    @Test
    void answering_without_javascript_returns_to_the_article_with_a_thank_you() throws Exception {
        var article = publish("Nuttig " + TestArticles.word(), "Tekst.");

        mvc.perform(post(article.url() + "/feedback").param("helpful", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(article.url() + "?feedback=thanks#feedback"));

        mvc.perform(get(article.url()).param("feedback", "thanks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bedankt voor je reactie!")))
                .andExpect(content().string(not(containsString("Was dit artikel nuttig?"))));
    }

    @Test
    void answering_with_htmx_returns_only_the_thank_you_fragment() throws Exception {
        var article = publish("Niet nuttig " + TestArticles.word(), "Tekst.");

        mvc.perform(post(article.url() + "/feedback").param("helpful", "false").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<p class=\"notice\" role=\"status\">")))
                .andExpect(content().string(containsString("Bedankt voor je reactie!")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void an_answer_for_an_unknown_article_or_without_a_choice_is_refused() throws Exception {
        var article = publish("Keuze " + TestArticles.word(), "Tekst.");

        mvc.perform(post(article.url() + "/feedback").param("helpful", "misschien"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/kb/" + article.categorySlug() + "/bestaat-niet/feedback")
                        .param("helpful", "true"))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_old_link_to_an_article_that_moved_category_redirects_permanently() throws Exception {
        var article = publish("Verhuisd " + TestArticles.word(), "Tekst.");

        mvc.perform(get("/kb/oude-categorie-" + TestArticles.word() + "/" + article.slug()))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl(article.url()));
    }

    @Test
    void an_english_article_on_a_dutch_page_is_marked_as_english_and_links_its_translation() throws Exception {
        var english = TestArticles.publish(
                editor,
                TestArticles.category(editor, "Email " + TestArticles.word(), Language.EN),
                "Spam filter " + TestArticles.word(),
                "How to block spam.");
        var dutch = publish("Spamfilter " + TestArticles.word(), "Zo houd je spam tegen.");
        editor.linkTranslation(english.id(), dutch.id());

        mvc.perform(get(english.url()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nl\">")))
                .andExpect(content().string(containsString("<article class=\"kb-article\" lang=\"en\">")))
                .andExpect(content().string(containsString("href=\"" + dutch.url() + "\" hreflang=\"nl\"")));
        mvc.perform(get(dutch.url()))
                .andExpect(content().string(containsString("<article class=\"kb-article\">")))
                .andExpect(content().string(containsString("Dit artikel in het Engels")));

        editor.unlinkTranslation(dutch.id());

        mvc.perform(get(dutch.url())).andExpect(content().string(not(containsString("Dit artikel in het Engels"))));
    }

    private TestArticles.Published publish(String title, String body) {
        var category = TestArticles.category(editor, "Account " + TestArticles.word(), Language.NL);
        return TestArticles.publish(editor, category, title, body);
    }
}
