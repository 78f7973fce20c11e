package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the public pages feed back into the knowledge base: reads (once per visitor per day, never
 * for crawlers or a 304), "was this helpful" answers, and the most-read list on the home page.
 */
@DatabaseTest
@LoketIntegrationTest
class PublicPagesReadersIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Autowired
    Popularity popularity;

    @Autowired
    Feedback feedback;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_visitor_reading_an_article_twice_in_a_day_counts_once() throws Exception {
        var article = publish("Twee keer gelezen");

        mvc.perform(visit(article, "10.0.0.1", BROWSER)).andExpect(status().isOk());
        mvc.perform(visit(article, "10.0.0.1", BROWSER)).andExpect(status().isOk());
        mvc.perform(visit(article, "10.0.0.2", BROWSER)).andExpect(status().isOk());

        assertThat(reads(article)).isEqualTo(2);
    }

    @Test
    void a_crawler_is_not_counted() throws Exception {
        var article = publish("Door een robot gelezen");

        mvc.perform(visit(article, "10.0.0.3", "Mozilla/5.0 (compatible; Googlebot/2.1)"))
                .andExpect(status().isOk());

        assertThat(reads(article)).isZero();
    }

    @Test
    void a_revalidation_answered_with_304_is_not_counted() throws Exception {
        var article = publish("Uit de cache gelezen");
        var etag = mvc.perform(visit(article, "10.0.0.4", BROWSER))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        mvc.perform(visit(article, "10.0.0.5", BROWSER).header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        assertThat(reads(article)).isEqualTo(1);
    }

    @Test
    void a_yes_and_a_no_are_counted_separately() throws Exception {
        var article = publish("Beoordeeld");

        mvc.perform(post(KnowledgeBase.urlOf(article) + "/feedback").param("helpful", "true"));
        mvc.perform(post(KnowledgeBase.urlOf(article) + "/feedback").param("helpful", "true"));
        mvc.perform(post(KnowledgeBase.urlOf(article) + "/feedback")
                .param("helpful", "false")
                .header("HX-Request", "true"));

        assertThat(feedback.counts(article.id())).containsExactly(2, 1);
    }

    @Test
    void the_home_page_lists_a_popular_article_and_its_category_page_labels_it() throws Exception {
        // Titles sort "0 ..." before every other popular article: the home page shows a handful.
        var title = "0 Veelgelezen " + UUID.randomUUID();
        var article = publish(title);
        popularity.seed(article.id(), PopularityLabel.POPULAR.seedReads());

        mvc.perform(get("/")).andExpect(content().string(containsString(">" + title)));
        mvc.perform(get("/kb/" + article.category().slug())).andExpect(content().string(containsString("Populair")));
    }

    private Article publish(String title) {
        var category = editor.createCategory("Lezers " + UUID.randomUUID(), Language.NL, 0);
        var article = editor.createArticle(
                category.id(), new ArticleContent(title + " " + UUID.randomUUID(), "Tekst.", ""), "test");
        editor.publish(article.id(), "test");
        return editor.article(article.id()).orElseThrow();
    }

    private static MockHttpServletRequestBuilder visit(Article article, String address, String userAgent) {
        return get(KnowledgeBase.urlOf(article)).header("User-Agent", userAgent).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private long reads(Article article) {
        popularity.flush();
        return jdbc.queryForObject(
                "select coalesce(sum(reads), 0) from kb_article_reads where article_id = ?", Long.class, article.id());
    }
}
