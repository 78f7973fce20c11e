package nl.loket.tickets.remote.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.RemoteSupportFixtures;
import nl.loket.tickets.remote.RemoteSupportSlots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two customers, each in a browser of their own, on the confirmation page of the same last place:
 * both confirm, one gets the appointment, the other is told somebody was first and keeps the text.
 */
@BrowserTest
@LoketIntegrationTest
class RemoteSupportBrowserTests {

    private static final String TAKEN = "Deze plek is zojuist door iemand anders geboekt";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RemoteSupportSlots slots;

    @Autowired
    RemoteSupport remoteSupport;

    @Autowired
    TestClock clock;

    @Test
    void two_customers_confirm_the_last_place_at_once_and_exactly_one_gets_it(Page anna, Page bert) {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofDays(2), Duration.ofDays(28), 1, 4500);
        signIn(anna, TestAccounts.create(accounts, Role.CUSTOMER, "Anna Browser"));
        signIn(bert, TestAccounts.create(accounts, Role.CUSTOMER, "Bert Browser"));
        for (var page : new Page[] {anna, bert}) {
            page.navigate(url("/portal/remote-support"));
            page.locator("a[href='/portal/remote-support/slots/" + slot.id() + "']")
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Afspraak bevestigen");
            assertThat(page.getByText("€ 45,00")).isVisible();
            page.getByLabel("Beschrijf je probleem").fill("Probleem van " + (page == anna ? "Anna" : "Bert"));
        }

        var annaConfirms = anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak bevestigen"));
        var bertConfirms = bert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak bevestigen"));
        // Both submit before either answer is in: the server decides who was first.
        anna.evaluate("document.querySelector('form.stacked-form').requestSubmit()");
        bert.evaluate("document.querySelector('form.stacked-form').requestSubmit()");
        anna.waitForLoadState();
        bert.waitForLoadState();
        assertThat(anna.locator(".notice, .field-error")).isVisible();
        assertThat(bert.locator(".notice, .field-error")).isVisible();

        var annaWon = anna.getByText("Je afspraak is geboekt").isVisible();
        var winner = annaWon ? anna : bert;
        var loser = annaWon ? bert : anna;
        assertThat(winner.getByRole(AriaRole.STATUS)).containsText("Je afspraak is geboekt");
        assertThat(loser.getByRole(AriaRole.ALERT)).containsText(TAKEN);
        assertThat(loser.getByLabel("Beschrijf je probleem")).hasValue("Probleem van " + (annaWon ? "Bert" : "Anna"));
        org.assertj.core.api.Assertions.assertThat(annaConfirms.count() + bertConfirms.count())
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(
                        remoteSupport.bookableSlot(slot.id()).orElseThrow().placesLeft())
                .isZero();
    }

    private void signIn(Page page, TestAccount customer) {
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(customer.email());
        page.getByLabel("Wachtwoord").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
