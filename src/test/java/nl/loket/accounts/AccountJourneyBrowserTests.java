package nl.loket.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole road of a new customer in a real browser, as the issue describes it: register, confirm
 * the address with the link from the outbox (read by an administrator at /admin/outbox, as on a
 * Loket without a mail server), sign in, switch on 2FA, sign in again with a code, and end a session
 * in another browser with "sign out everywhere else".
 */
@BrowserTest
@LoketIntegrationTest
class AccountJourneyBrowserTests {

    /** The confirmation link as the mail writes it out: the test profile's base URL, then the path. */
    private static final Pattern CONFIRMATION_LINK =
            Pattern.compile("https://loket\\.test(/register/confirm\\?token=\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TestClock clock;

    @Test
    void a_new_customer_registers_confirms_enables_2fa_signs_in_with_a_code_and_signs_out_everywhere_else(Page page) {
        var email = "reis-" + UUID.randomUUID() + "@loket.test";
        var password = "reis " + UUID.randomUUID();
        var browser = page.context().browser();
        var administrator = newContext(browser);
        var elsewhere = newContext(browser);
        try {
            // Register.
            page.navigate(url("/register"));
            page.getByLabel("Naam").fill("Reiziger Test");
            page.getByLabel("E-mailadres").fill(email);
            page.getByLabel("Nieuw wachtwoord").fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kijk in je mail")))
                    .isVisible();

            // An administrator reads the confirmation mail in the outbox; the customer follows its link.
            var confirmationPath = confirmationPathFromTheOutbox(administrator.newPage(), email);
            page.navigate(url(confirmationPath));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("E-mailadres bevestigd")))
                    .isVisible();

            // Sign in and switch on 2FA with the manual key and a real code.
            signInWithPassword(page, email, password);
            assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
            page.navigate(url("/portal/security"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tweestapsverificatie inschakelen"))
                    .click();
            assertThat(page.locator("img.qr-code")).isVisible();
            var key = page.locator("#manual-key").textContent().replace(" ", "");
            page.getByLabel("Code van 6 cijfers uit de app").fill(TwoFactorTesting.code(key, clock, 0));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code controleren en inschakelen"))
                    .click();
            assertThat(page.locator(".recovery-codes li")).hasCount(10);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard"))
                    .click();

            // Sign out, and back in with the password and a code from the app.
            signOut(page);
            signInWithPassword(page, email, password);
            assertThat(page).hasURL(Pattern.compile(".*/login/2fa$"));
            // The next step's code: the current one was used up by switching 2FA on.
            enterCode(page, TwoFactorTesting.code(key, clock, 1));
            page.navigate(url("/portal/security"));
            assertThat(page.getByText("Tweestapsverificatie staat aan.")).isVisible();

            // A second browser signs in as the same customer, half a minute later: every code is used once.
            clock.advance(Duration.ofSeconds(30));
            var other = elsewhere.newPage();
            other.navigate(url("/login"));
            signInWithPassword(other, email, password);
            assertThat(other).hasURL(Pattern.compile(".*/login/2fa$"));
            enterCode(other, TwoFactorTesting.code(key, clock, 1));
            other.navigate(url("/portal/security"));
            assertThat(other).hasURL(Pattern.compile(".*/portal/security$"));
            assertThat(other.getByText("Tweestapsverificatie staat aan.")).isVisible();

            // The first browser sees both sessions and ends the other one.
            page.reload();
            assertThat(page.locator(".accounts-sessions tbody tr")).hasCount(2);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overal anders uitloggen"))
                    .click();
            assertThat(page.getByText("Eén andere sessie is uitgelogd.")).isVisible();
            assertThat(page.locator(".accounts-sessions tbody tr")).hasCount(1);

            // The second browser is signed out; the first one is not.
            other.navigate(url("/portal/security"));
            assertThat(other).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
            page.navigate(url("/portal/security"));
            assertThat(page).hasURL(Pattern.compile(".*/portal/security$"));
        } finally {
            clock.reset();
            administrator.close();
            elsewhere.close();
        }
    }

    /** Signs in as a new administrator, finds the address's confirmation mail and returns its link's path. */
    private String confirmationPathFromTheOutbox(Page admin, String email) {
        var account = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        admin.navigate(url("/login"));
        signInWithPassword(admin, account.email(), account.password());
        admin.navigate(url("/admin/outbox"));
        var mail = admin.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(email));
        assertThat(mail).hasCount(1);
        assertThat(mail).containsText("email-confirmation");
        mail.getByRole(AriaRole.LINK).click();
        var text = admin.locator("pre.outbox-text").first().textContent();
        var link = CONFIRMATION_LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in:%n%s", text).isTrue();
        var path = link.group(1);
        assertThat(URI.create("https://loket.test" + path).getQuery()).startsWith("token=");
        return path;
    }

    private void signInWithPassword(Page page, String email, String password) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login"));
        }
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    private static void enterCode(Page page, String code) {
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    private static void signOut(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Uitloggen").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }

    private static BrowserContext newContext(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
