package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * FAQ suggestions on the ticket form, as the htmx fragment while typing and as a whole page without
 * JavaScript; opening one in place; "this answers my question"; and the funnel's counts.
 */
@DatabaseTest
@LoketIntegrationTest
class SuggestionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Autowired
    DeflectionFunnel funnel;

    private String word;
    private String url;

    @BeforeEach
    void an_article_with_a_word_of_its_own() {
        word = word();
        var category = editor.createCategory("Suggesties " + word, Language.NL, 0);
        var article = editor.createArticle(
                category.id(),
                new ArticleContent(
                        "Wat doe ik als " + word + " niet werkt",
                        "Herstart de " + word + " en controleer de instellingen van je " + word + ".",
                        ""),
                "test");
        editor.publish(article.id(), "test");
        url = "/kb/" + editor.article(article.id()).orElseThrow().category().slug() + "/" + article.slug();
    }

    @Test
    void while_typing_the_fragment_shows_matching_articles_and_counts_the_form_once() throws Exception {
        var before = today(DeflectionStep.SUGGESTIONS_SHOWN);

        mvc.perform(get("/tickets/new/suggestions")
                        .header("HX-Request", "true")
                        .param("subject", "Mijn " + word)
                        .param("message", "doet het niet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet werkt")))
                .andExpect(content().string(containsString("name=\"shown\" value=\"1\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/tickets/new/suggestions")
                        .header("HX-Request", "true")
                        .param("subject", "Mijn " + word + " weer")
                        .param("shown", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet werkt")));

        assertThat(today(DeflectionStep.SUGGESTIONS_SHOWN)).isEqualTo(before + 1);
    }

    @Test
    void without_htmx_the_same_address_answers_with_the_whole_form_and_what_was_typed() throws Exception {
        mvc.perform(get("/tickets/new/suggestions")
                        .param("subject", "Probleem met " + word)
                        .param("message", "Help"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"ticket-form\"")))
                .andExpect(content().string(containsString("value=\"Probleem met " + word + "\"")))
                .andExpect(content().string(containsString("niet werkt")));
    }

    @Test
    void fewer_than_three_characters_suggest_nothing() throws Exception {
        mvc.perform(get("/tickets/new/suggestions").header("HX-Request", "true").param("subject", "ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("article-list"))))
                .andExpect(content().string(not(containsString("name=\"shown\""))));
    }

    @Test
    void a_suggestion_opens_in_place_with_this_answers_my_question_and_on_its_own_page_without_htmx() throws Exception {
        var before = today(DeflectionStep.SUGGESTION_OPENED);

        mvc.perform(get("/tickets/new/article").header("HX-Request", "true").param("url", url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Herstart de " + word)))
                .andExpect(content().string(containsString("Dit beantwoordt mijn vraag")))
                .andExpect(content().string(containsString("name=\"opened\" value=\"1\"")));
        mvc.perform(get("/tickets/new/article")
                        .header("HX-Request", "true")
                        .param("url", url)
                        .param("opened", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/tickets/new/article").param("url", url))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(url));
        mvc.perform(get("/tickets/new/article").param("url", "https://elders.example/kb/a/b"))
                .andExpect(status().isNotFound());

        assertThat(today(DeflectionStep.SUGGESTION_OPENED)).isEqualTo(before + 1);
    }

    @Test
    void this_answers_my_question_leaves_the_form_with_a_friendly_page_and_is_counted() throws Exception {
        var answered = today(DeflectionStep.ANSWERED_ON_FORM);
        var submittedAfterOpening = today(DeflectionStep.SUBMITTED_AFTER_OPENING);

        mvc.perform(post("/tickets/new/answered")
                        .with(csrf())
                        .param("article", url)
                        .param("subject", "Mijn " + word)
                        .param("opened", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fijn dat je het antwoord hebt gevonden")))
                .andExpect(content().string(containsString(url)));
        mvc.perform(TicketFormIntegrationTests.form(
                                TicketFixtures.uniqueAddress("toch").value(), "Mijn " + word, "Toch hulp")
                        .param("shown", "1")
                        .param("opened", "1"))
                .andExpect(status().isFound());

        assertThat(today(DeflectionStep.ANSWERED_ON_FORM)).isEqualTo(answered + 1);
        assertThat(today(DeflectionStep.SUBMITTED_AFTER_OPENING)).isEqualTo(submittedAfterOpening + 1);
    }

    @Test
    void the_deflection_report_shows_the_counts_and_rates_to_staff() throws Exception {
        funnel.count(DeflectionStep.SUGGESTIONS_SHOWN);

        mvc.perform(
                        get("/desk/reports/deflection")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("agent@loket.test")
                                        .roles("SUPPORT_AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Suggesties getoond")))
                .andExpect(content().string(containsString("id=\"explicit-rate\"")));
    }

    private long today(DeflectionStep step) {
        return funnel.report(funnel.today(), funnel.today()).total(step);
    }

    /** A made-up word no other article has, so that a search finds only this test's. */
    static String word() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
