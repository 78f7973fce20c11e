package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static nl.loket.accounts.AccountFixtures.csrfOf;
import static nl.loket.accounts.AccountFixtures.signedIn;
import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class SessionsIntegrationTests {

    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    EraseCustomer eraseCustomer;

    @Test
    void anonymous_visitors_of_public_pages_get_no_session_cookie() {
        var visitor = new WebSession(port);

        // Pages with a form as well: their CSRF token lives in a cookie until there is a session (ADR 20).
        for (var page : new String[] {
            "/", "/kb", "/search?q=wachtwoord", "/kb?lang=en", "/tickets/new", "/login", "/register", "/password/forgot"
        }) {
            var response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isLessThan(400);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(page)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
    }

    @Test
    void signing_in_gives_a_new_session_id_in_an_http_only_lax_cookie() {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var visitor = new WebSession(port);
        // A session from before the sign-in (here: the page asked for is remembered), as an attacker might plant.
        var before = sessionCookie(visitor.get("/portal/security"));

        var signInResponse = visitor.signIn(holder.email(), holder.password());
        var after = sessionCookie(signInResponse);

        assertThat(after)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(idOf(after)).isNotEqualTo(idOf(before));
        assertThat(signedIn(visitor)).isTrue();
    }

    @Test
    void the_session_cookie_is_secure_when_the_request_came_over_https() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);

        var response = mvc.perform(post("/login")
                        .secure(true)
                        .param("email", holder.email())
                        .param("password", holder.password())
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
    }

    @Test
    void the_security_page_lists_the_sessions_and_signs_out_everywhere_else_but_here() {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var laptop = new WebSession(port);
        var phone = new WebSession(port);
        laptop.signIn(holder.email(), holder.password());
        phone.signIn(holder.email(), holder.password());

        var page = laptop.get("/portal/security").body();
        assertThat(page)
                .contains("Waar je bent ingelogd")
                .contains("(deze sessie)")
                .contains("127.0.0.1");
        assertThat(page.split("<tr>", -1)).hasSizeGreaterThanOrEqualTo(3);

        var answer = laptop.postForm(
                "/portal/security/sign-out-others", Map.of("_csrf", csrfOf(laptop, "/portal/security")));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(laptop.get("/portal/security").body()).contains("Eén andere sessie is uitgelogd.");

        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isFalse();
        var logged = audit.search(
                new AuditLog.Filter(
                        SecurityEvent.Kind.SIGNED_OUT_ELSEWHERE, holder.email(), LocalDate.now(AuditLog.ZONE), null),
                0,
                10);
        assertThat(logged.getTotalElements()).isEqualTo(1);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var laptop = new WebSession(port);
        var phone = new WebSession(port);
        laptop.signIn(holder.email(), holder.password());
        phone.signIn(holder.email(), holder.password());

        var wrong = laptop.postForm(
                "/portal/security/password",
                Map.of(
                        "currentPassword", "niet-het-wachtwoord",
                        "newPassword", "een-nieuw-en-lang-wachtwoord",
                        "_csrf", csrfOf(laptop, "/portal/security")));
        assertThat(wrong.body()).contains("Je huidige wachtwoord klopt niet.");
        assertThat(signedIn(phone)).isTrue();

        var changed = laptop.postForm(
                "/portal/security/password",
                Map.of(
                        "currentPassword", holder.password(),
                        "newPassword", "een-nieuw-en-lang-wachtwoord",
                        "_csrf", csrfOf(laptop, "/portal/security")));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isFalse();
    }

    @Test
    void an_erased_customer_is_signed_out_everywhere_at_once() {
        var email = AccountFixtures.uniqueAddress();
        var password = "pw-" + UUID.randomUUID();
        var customer = accounts.createStaff(EmailAddress.of(email), "Klant", password, Set.of(Role.CUSTOMER));
        var administrator = accounts.createStaff(
                EmailAddress.of(AccountFixtures.uniqueAddress()),
                "Beheerder",
                "pw-" + UUID.randomUUID(),
                Set.of(Role.ADMINISTRATOR));
        var laptop = new WebSession(port);
        laptop.signIn(email, password);
        assertThat(signedIn(laptop)).isTrue();

        assertThat(eraseCustomer.erase(customer, administrator, null)).isEqualTo(EraseCustomer.Outcome.ERASED);

        assertThat(signedIn(laptop)).isFalse();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + response.headers()));
    }

    private static String idOf(String cookie) {
        var matcher = SESSION_COOKIE.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
