package nl.loket.knowledge.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@LoketIntegrationTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Test
    void a_visitor_searches_from_the_home_page_and_refines_the_search_while_typing(Page page) {
        var first = TestArticles.word();
        var second = TestArticles.word();
        var category = TestArticles.category(editor, "Browser " + TestArticles.word(), Language.NL);
        var firstTitle = "Eerste " + TestArticles.word();
        var secondTitle = "Tweede " + TestArticles.word();
        TestArticles.publish(editor, category, firstTitle, "Over " + first + ".");
        TestArticles.publish(editor, category, secondTitle, "Over " + second + ".");

        page.navigate("http://localhost:" + port + "/");
        page.getByLabel("Zoek een antwoord in de kennisbank").fill(first);
        page.getByLabel("Zoek een antwoord in de kennisbank").press("Enter");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstTitle)))
                .isVisible();

        page.getByLabel("Zoek een antwoord in de kennisbank").fill("");
        page.getByLabel("Zoek een antwoord in de kennisbank").pressSequentially(second);

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(secondTitle)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstTitle)))
                .hasCount(0);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void a_reader_answers_was_this_helpful_without_leaving_the_page(Page page) {
        var category = TestArticles.category(editor, "Browser " + TestArticles.word(), Language.NL);
        var article = TestArticles.publish(editor, category, "Nuttig " + TestArticles.word(), "Tekst.");

        page.navigate("http://localhost:" + port + article.url());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Bedankt voor je reactie! Daarmee maken we de kennisbank beter.");
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("feedback=thanks");
    }

    @Test
    void a_visitor_opens_the_home_page_in_dutch_and_switches_to_english(Page page) {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hoe kunnen we je helpen?");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("How can we help you?");
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("How can we help you?");
    }

    @Test
    void the_page_runs_htmx_without_breaking_its_content_security_policy(Page page) {
        var violations = new java.util.ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        page.navigate("http://localhost:" + port + "/");

        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => typeof htmx"))
                .isEqualTo("object");
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }
}
