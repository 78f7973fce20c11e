package nl.loket.knowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The search page, whole and as the fragment htmx asks for while the visitor types. */
@DatabaseTest
@LoketIntegrationTest
class SearchPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Test
    void a_search_shows_each_hit_with_its_category_and_a_highlighted_snippet() throws Exception {
        var word = TestArticles.word();
        var article = publish("Back-ups " + TestArticles.word(), "Wij maken elke nacht een " + word + " van je site.");

        mvc.perform(get("/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + word + "\"")))
                .andExpect(content().string(containsString("href=\"" + article.url() + "\"")))
                .andExpect(content().string(containsString("<mark>" + word + "</mark>")))
                .andExpect(content().string(containsString("1 resultaat")));
    }

    @Test
    void switching_language_keeps_the_search_the_visitor_typed() throws Exception {
        mvc.perform(get("/search?q=mijn+wachtwoord&lang=nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"?q=mijn+wachtwoord&amp;lang=en\"")))
                .andExpect(content().string(containsString("href=\"?q=mijn+wachtwoord&amp;lang=nl\"")));
    }

    @Test
    void a_typo_gets_a_did_you_mean_link() throws Exception {
        var word = "koffie" + TestArticles.word();
        publish("Koffie " + TestArticles.word(), "Over " + word + " en thee.");
        // One letter replaced by another that is surely different (swapping two could swap equal ones).
        var typo = word.substring(0, 8) + (word.charAt(8) == 'x' ? 'q' : 'x') + word.substring(9);

        mvc.perform(get("/search").param("q", typo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bedoelde je:")))
                .andExpect(content().string(containsString("<a href=\"/search?q=" + word + "\">" + word + "</a>")));
    }

    @Test
    void a_search_without_results_offers_to_ask_the_support_team() throws Exception {
        mvc.perform(get("/search").param("q", "zzqx" + TestArticles.word()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen resultaten")))
                .andExpect(content().string(containsString("We vonden geen artikel")))
                .andExpect(content().string(containsString("<a href=\"/tickets/new\">")));
    }

    @Test
    void an_empty_search_shows_just_the_form() throws Exception {
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"q\"")))
                .andExpect(content().string(not(containsString("resulta"))))
                .andExpect(content().string(not(containsString("We vonden geen artikel"))));
    }

    @Test
    void while_typing_htmx_gets_only_the_results_fragment() throws Exception {
        var word = TestArticles.word();
        publish("Live " + TestArticles.word(), "Over " + word + ".");

        mvc.perform(get("/search").param("q", word).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"search-results\"")))
                .andExpect(content().string(containsString("<mark>" + word + "</mark>")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<form"))));

        mvc.perform(get("/search")
                        .param("q", word)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<html")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"", "(", ")", "*", "AND", "~", "\\", "/", "a:b", "title:(x OR", "😀🔥", "&<>'"})
    void an_odd_query_still_gets_a_page(String query) throws Exception {
        mvc.perform(get("/search").param("q", query)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", query).header("HX-Request", "true"))
                .andExpect(status().isOk());
    }

    @Test
    void a_query_of_ten_kilobytes_still_gets_a_page() throws Exception {
        mvc.perform(get("/search").param("q", "factuur ".repeat(1280))).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", "😀".repeat(5000))).andExpect(status().isOk());
    }

    private TestArticles.Published publish(String title, String body) {
        var category = TestArticles.category(editor, "Zoeken " + TestArticles.word(), Language.NL);
        return TestArticles.publish(editor, category, title, body);
    }
}
