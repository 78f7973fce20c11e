package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * An agent links an FAQ article in a reply: the search beside the reply box lists published articles
 * (as a fragment for htmx, as the whole page with the draft kept without JavaScript), "insert" adds
 * the article's title and absolute address to the draft, and the customer gets the link.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskArticleLinkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ArticleEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    private TestAccount agent;
    private OpenedTicket ticket;
    private String customerEmail;
    private String page;
    private String word;
    private String title;
    private String url;

    @BeforeEach
    void a_published_article_and_a_guests_ticket() {
        word = word();
        title = "Zo stel je " + word + " in";
        var category = editor.createCategory("Links " + word, Language.NL, 0);
        var article = editor.createArticle(
                category.id(), new ArticleContent(title, "Open het paneel en kies " + word + ".", ""), "test");
        editor.publish(article.id(), "test");
        url = "/kb/" + editor.article(article.id()).orElseThrow().category().slug() + "/" + article.slug();
        agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Lotte Link");
        customerEmail = TicketFixtures.uniqueAddress("faq-link").value();
        ticket = desk.open(TicketFixtures.guestQuestion(
                EmailAddress.of(customerEmail), "Hoe stel ik " + word + " in?", "Ik kom er niet uit."));
        page = "/desk/tickets/" + ticket.number().value();
    }

    @Test
    void without_javascript_the_search_shows_the_whole_page_with_matching_articles_and_the_draft_kept()
            throws Exception {
        var response = send(post(page + "/faq")
                .param("faq", word)
                .param("text", "Beste klant, kijk eens hier:")
                .with(csrf()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("<html")
                .contains(title)
                .contains("value=\"" + url + "\"")
                .contains("Beste klant, kijk eens hier:</textarea>");
    }

    @Test
    void files_chosen_before_a_search_without_javascript_are_asked_for_again() throws Exception {
        var response = send(multipart(page + "/faq")
                .file(new MockMultipartFile(
                        "files", "scan.pdf", "application/pdf", DeskAttachmentsIntegrationTests.pdf()))
                .param("faq", word)
                .param("text", "Concept met bijlage")
                .with(csrf()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Concept met bijlage</textarea>")
                .contains("Kies je bestanden opnieuw");
    }

    @Test
    void with_htmx_the_search_answers_with_only_the_results() throws Exception {
        var response = send(get(page + "/faq").param("faq", word).header("HX-Request", "true"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .doesNotContain("<html")
                .contains("id=\"faq-results\"")
                .contains(title)
                .contains("data-insert=\"" + title + ": https://loket.test" + url + "\"");
        assertThat(response.getHeader("Vary")).contains("HX-Request");
    }

    @Test
    void a_search_that_finds_nothing_says_so() throws Exception {
        var response = send(get(page + "/faq").param("faq", word() + "x").header("HX-Request", "true"));

        assertThat(response.getContentAsString()).contains("Geen gepubliceerde artikelen gevonden.");
    }

    @Test
    void inserting_an_article_adds_its_title_and_address_to_the_draft_and_the_customer_gets_the_link()
            throws Exception {
        var inserted = send(post(page + "/faq/insert")
                .param("faq", word)
                .param("article", url)
                .param("text", "Beste klant, kijk eens hier:")
                .with(csrf()));
        assertThat(inserted.getStatus()).isEqualTo(200);
        var link = title + ": https://loket.test" + url;
        assertThat(inserted.getContentAsString()).contains("Beste klant, kijk eens hier:\n\n" + link + "</textarea>");

        var replied = send(post(page + "/reply")
                .param("text", "Beste klant, kijk eens hier:\n\n" + link)
                .param("status", "WAITING_FOR_CUSTOMER")
                .with(csrf()));
        assertThat(replied.getStatus()).isEqualTo(302);

        var customerPage = mvc.perform(
                        get("/tickets/" + ticket.number().value()).param("key", ticket.accessKey()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(customerPage).contains(link);
        assertThat(jdbc.queryForObject(
                        "select text_body from mail_outbox where recipient = ? and kind = 'ticket-reply'",
                        String.class,
                        customerEmail))
                .contains(link);
    }

    @Test
    void an_article_that_is_not_published_is_not_inserted_and_the_draft_stays() throws Exception {
        var response = send(post(page + "/faq/insert")
                .param("article", "/kb/geen/artikel-" + UUID.randomUUID())
                .param("text", "Mijn concept")
                .with(csrf()));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString())
                .contains("Dit artikel is niet (meer) gepubliceerd.")
                .contains("Mijn concept</textarea>");
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(agent.signedIn());
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String word() {
        return SuggestionsIntegrationTests.word();
    }
}
