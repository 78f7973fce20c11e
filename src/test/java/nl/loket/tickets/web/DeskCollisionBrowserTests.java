package nl.loket.tickets.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents in two browsers on one ticket: the one who had it open first sees, without reloading,
 * that a colleague came in and started writing a reply.
 */
@BrowserTest
@LoketIntegrationTest
class DeskCollisionBrowserTests {

    /** A little more than one heartbeat (12 s by default). */
    private static final LocatorAssertions.ContainsTextOptions HEARTBEAT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketDesk desk;

    @Test
    void an_agent_sees_a_colleague_come_in_and_start_writing_on_the_same_ticket(Page bobsPage) {
        var bob = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Bob Browser");
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Browser");
        var ticket = "/desk/tickets/"
                + desk.open(TicketFixtures.guestQuestion(
                                TicketFixtures.uniqueAddress("browser-desk"), "Twee agenten", "Wie pakt dit op?"))
                        .number()
                        .value();
        try (var annasContext =
                bobsPage.context().browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"))) {
            var annasPage = annasContext.newPage();

            signIn(bobsPage, bob);
            bobsPage.navigate(url(ticket));
            assertThat(bobsPage.locator("#desk-presence")).not().containsText("Anna Browser");

            signIn(annasPage, anna);
            annasPage.navigate(url(ticket));
            assertThat(annasPage.locator("#desk-presence")).containsText("Bob Browser bekijkt dit ticket ook.");
            annasPage.getByLabel("Antwoord aan de klant").fill("Ik kijk naar de DNS-instellingen.");

            assertThat(bobsPage.locator("#desk-presence"))
                    .containsText("Anna Browser is een antwoord aan het schrijven.", HEARTBEAT);
        }
    }

    private void signIn(Page page, TestAccount who) {
        page.navigate(url("/login"));
        page.locator("#email").fill(who.email());
        page.locator("#password").fill(who.password());
        page.locator("form button[type=submit]", new Page.LocatorOptions().setHasText("Inloggen"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
