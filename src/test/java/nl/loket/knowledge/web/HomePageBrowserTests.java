package nl.loket.knowledge.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@LoketIntegrationTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

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
