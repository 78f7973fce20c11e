package nl.loket.knowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import nl.loket.knowledge.ArticleSummary;
import nl.loket.knowledge.CategorySummary;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.PopularityLabel;
import nl.loket.shared.Language;
import nl.loket.system.SystemWebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomeController.class)
@Import(SystemWebSlice.class)
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KnowledgeBase knowledgeBase;

    @Test
    void the_home_page_offers_a_labelled_search_the_categories_and_the_most_read_articles() throws Exception {
        var article = new ArticleSummary(
                1, "Hoe betaal ik met iDEAL?", "/kb/facturen/ideal", "Met iDEAL...", PopularityLabel.POPULAR);
        org.mockito.Mockito.when(knowledgeBase.categories(Language.NL))
                .thenReturn(List.of(new CategorySummary(
                        7, "facturen", "Facturen", null, "/kb/facturen", List.of(article, article))));
        org.mockito.Mockito.when(knowledgeBase.popular(Language.NL, HomeController.POPULAR_ARTICLES))
                .thenReturn(List.of(article));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/search\" method=\"get\"")))
                .andExpect(content().string(containsString("<label for=\"home-q\"")))
                .andExpect(content().string(containsString("name=\"q\"")))
                .andExpect(content().string(containsString("<a href=\"/kb/facturen\">Facturen</a>")))
                .andExpect(content().string(containsString("2 artikelen")))
                .andExpect(content()
                        .string(containsString("<a href=\"/kb/facturen/ideal\">Hoe betaal ik met iDEAL?</a>")));
    }

    @Test
    void the_home_page_is_in_dutch_when_the_browser_states_no_language() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nl\">")))
                .andExpect(content().string(containsString("Hoe kunnen we je helpen?")));
    }

    @Test
    void the_home_page_is_in_english_for_a_browser_that_asks_for_english() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("How can we help you?")));
    }

    @Test
    void a_browser_language_we_do_not_have_gets_dutch() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("Hoe kunnen we je helpen?")));
    }

    @Test
    void choosing_a_language_is_remembered_in_a_cookie() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("How can we help you?")))
                .andExpect(cookie().value("loket-lang", "en"));
    }

    @Test
    void the_remembered_choice_wins_over_the_browser_language() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("loket-lang", "nl")))
                .andExpect(content().string(containsString("Hoe kunnen we je helpen?")));
    }

    @Test
    void the_language_selector_marks_the_current_language() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("lang=\"nl\" aria-current=\"true\">Nederlands")))
                .andExpect(content().string(containsString("href=\"?lang=en\"")));
    }

    @Test
    void pages_carry_a_content_security_policy_without_inline_scripts_and_forbid_framing() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void the_page_loads_htmx_from_the_webjar_and_offers_a_skip_link() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("/webjars/htmx.org/")))
                .andExpect(content().string(containsString("href=\"#main\"")));
    }
}
