package nl.loket.tickets.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium, with htmx and JavaScript: a found article goes into the reply at the cursor, without leaving the page. */
@BrowserTest
@LoketIntegrationTest
class DeskArticleLinkBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ArticleEditor editor;

    @Autowired
    TicketDesk desk;

    @Test
    void an_agent_finds_an_article_and_its_link_goes_into_the_reply_where_the_cursor_is(Page page) {
        var word = SuggestionsIntegrationTests.word();
        var title = "Zo zet je " + word + " aan";
        var category = editor.createCategory("Browser " + word, Language.NL, 0);
        var article = editor.createArticle(
                category.id(), new ArticleContent(title, "Kies " + word + " in het paneel.", ""), "test");
        editor.publish(article.id(), "test");
        var url = "/kb/" + editor.article(article.id()).orElseThrow().category().slug() + "/" + article.slug();
        var ticket = desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("browser-faq"), "Hoe zet ik " + word + " aan?", "Graag uitleg."));
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Bram Browser");
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(agent.email());
        page.getByLabel("Wachtwoord").fill(agent.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        var ticketPage = url("/desk/tickets/" + ticket.number().value());
        page.navigate(ticketPage);

        var reply = page.locator("#reply-text");
        reply.fill("Beste klant,\n\nGroet, het team");
        reply.evaluate("box => box.setSelectionRange(12, 12)");
        page.locator("#faq-query").fill(word);
        page.locator(".desk-faq")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Zoeken"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title))
                .click();

        assertThat(reply).hasValue("Beste klant, " + title + ": https://loket.test" + url + "\n\nGroet, het team");
        assertThat(page).hasURL(ticketPage);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
