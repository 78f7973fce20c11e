package nl.loket.tickets.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Language;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey in Chromium: type a question, see FAQ suggestions appear, open one in place,
 * send the question anyway, follow the private link and reply.
 */
@BrowserTest
@LoketIntegrationTest
class TicketFormBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    DeflectionFunnel funnel;

    @Test
    void a_visitor_sees_suggestions_while_typing_opens_one_sends_anyway_and_replies_by_the_private_link(Page page) {
        var word = word();
        var category = editor.createCategory("Browser tickets " + word, Language.NL, 0);
        var article = editor.createArticle(
                category.id(),
                new ArticleContent(
                        "Mijn " + word + " werkt niet",
                        "Zet de " + word + " uit en weer aan, en wacht een minuut.",
                        ""),
                "test");
        editor.publish(article.id(), "test");
        var openedBefore = today(DeflectionStep.SUBMITTED_AFTER_OPENING);

        page.navigate("http://localhost:" + port + "/tickets/new");
        page.getByLabel("Afdeling").selectOption("techniek");
        page.getByLabel("Onderwerp").pressSequentially("Probleem met de " + word);

        var title =
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn " + word + " werkt niet"));
        assertThat(title).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lees het antwoord hier"))
                .first()
                .click();
        assertThat(page.getByText("Zet de " + word + " uit en weer aan")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit beantwoordt mijn vraag")))
                .isVisible();

        page.getByLabel("Je vraag").fill("Dat heb ik al geprobeerd, hij blijft uit.");
        page.getByLabel("E-mailadres")
                .fill(TicketFixtures.uniqueAddress("browser").value());
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bea Browser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("We hebben je vraag ontvangen");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nee, ik wil hulp"))
                .click();
        assertThat(page.getByText("Dat heb ik al geprobeerd, hij blijft uit.")).isVisible();
        page.getByLabel("Je bericht").fill("Het lampje knippert oranje.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht versturen"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Je bericht is verstuurd");
        assertThat(page.getByText("Het lampje knippert oranje.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(today(DeflectionStep.SUBMITTED_AFTER_OPENING))
                .isEqualTo(openedBefore + 1);
    }

    private long today(DeflectionStep step) {
        return funnel.report(funnel.today(), funnel.today()).total(step);
    }

    private static String word() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zb");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
