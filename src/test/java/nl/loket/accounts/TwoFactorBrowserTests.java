package nl.loket.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@LoketIntegrationTest
class TwoFactorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Clock clock;

    @Test
    void a_customer_switches_on_2fa_signs_out_and_signs_in_again_with_password_and_code(Page page) {
        var password = UUID.randomUUID().toString();
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);

        signInWithPassword(page, email.value(), password);
        page.navigate(url("/portal/security"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tweestapsverificatie inschakelen"))
                .click();
        assertThat(page.locator("img.qr-code")).isVisible();
        var key = page.locator("#manual-key").textContent().replace(" ", "");
        page.getByLabel("Code van 6 cijfers uit de app").fill(TwoFactorTesting.code(key, clock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code controleren en inschakelen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je herstelcodes")))
                .isVisible();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Uitloggen").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));

        page.navigate(url("/portal/security"));
        signInWithPassword(page, email.value(), password);
        assertThat(page).hasURL(Pattern.compile(".*/login/2fa$"));
        // The code of the next step: the current one was used up by switching 2FA on.
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(TwoFactorTesting.code(key, clock, 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/portal/security(\\?continue)?$"));
        assertThat(page.getByText("Tweestapsverificatie staat aan.")).isVisible();
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
