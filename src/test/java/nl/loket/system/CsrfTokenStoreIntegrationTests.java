package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Forms anyone can send are protected against cross-site requests without a session in the database
 * (ADR 20): the token lives in a cookie of its own until the visitor has a session, and from then on
 * only in the session.
 */
@DatabaseTest
@LoketIntegrationTest
class CsrfTokenStoreIntegrationTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void an_anonymous_visitor_sends_the_ticket_form_without_ever_getting_a_session() {
        var since = System.currentTimeMillis();
        var visitor = new WebSession(port);

        var form = visitor.get("/tickets/new");
        var sent = visitor.postForm("/tickets/new", question(uniqueAddress(), tokenOn(form)));
        var received =
                visitor.get(sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(received.statusCode()).isEqualTo(200);
        for (var response : new HttpResponse<?>[] {form, sent, received}) {
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where creation_time >= ?", Long.class, since))
                .isZero();
    }

    @Test
    void the_token_cookie_is_http_only_lax_and_for_this_host_alone() {
        var form = new WebSession(port).get("/tickets/new");

        assertThat(form.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(CsrfTokenStore.COOKIE + "=")
                .contains("Path=/", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Domain", "Secure"));
    }

    @Test
    void over_https_the_token_cookie_is_secure_and_has_a_name_that_no_other_site_can_set() throws Exception {
        var cookie = mvc.perform(get("/tickets/new").secure(true))
                .andReturn()
                .getResponse()
                .getCookie("__Host-" + CsrfTokenStore.COOKIE);

        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
    }

    @Test
    void a_ticket_form_without_its_token_or_with_a_wrong_one_gets_the_403_page_and_nothing_is_stored() {
        var visitor = new WebSession(port);
        var token = tokenOn(visitor.get("/tickets/new"));
        var email = uniqueAddress();

        var withoutToken = visitor.postForm("/tickets/new", question(email, null));
        var wrongToken = visitor.postForm("/tickets/new", question(email, "bm90LXRoZS10b2tlbg" + token.substring(18)));
        var noToken = visitor.postForm("/tickets/new", question(email, "geen-token"));

        for (var refused : new HttpResponse<?>[] {withoutToken, wrongToken, noToken}) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat((String) refused.body()).contains("<html lang=\"nl\">", "Geen toegang");
        }
        assertThat(ticketsFrom(email)).isZero();
        assertThat(visitor.postForm("/tickets/new", question(email, token)).statusCode())
                .isEqualTo(302);
        assertThat(ticketsFrom(email)).isEqualTo(1);
    }

    @Test
    void a_token_is_refused_with_another_visitors_cookie() {
        var someone = new WebSession(port);
        var token = tokenOn(someone.get("/tickets/new"));
        var visitor = new WebSession(port);
        visitor.get("/tickets/new");
        var email = uniqueAddress();

        var sent = visitor.postForm("/tickets/new", question(email, token));

        assertThat(sent.statusCode()).isEqualTo(403);
        assertThat(ticketsFrom(email)).isZero();
    }

    @Test
    void once_signed_in_only_the_token_in_the_session_counts_not_a_planted_cookie() {
        var email = uniqueAddress();
        var password = "pw-" + UUID.randomUUID();
        accounts.createStaff(EmailAddress.of(email), "Klant", password, Set.of(Role.CUSTOMER));
        var customer = new WebSession(port);
        assertThat(customer.signIn(email, password).statusCode()).isEqualTo(302);
        // Someone who can set cookies for this host hands the customer a cookie and a token that match.
        var attacker = new WebSession(port);
        var plantedToken = tokenOn(attacker.get("/tickets/new"));
        customer.plantCookie(
                CsrfTokenStore.COOKIE, attacker.cookie(CsrfTokenStore.COOKIE).orElseThrow());

        var forged = customer.postForm("/portal/security/sign-out-others", Map.of("_csrf", plantedToken));
        var genuine = customer.postForm(
                "/portal/security/sign-out-others", Map.of("_csrf", tokenOn(customer.get("/portal/security"))));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(302);
    }

    private int ticketsFrom(String email) {
        return jdbc.queryForObject("select count(*) from ticket where requester_email = ?", Integer.class, email);
    }

    private static Map<String, String> question(String email, String token) {
        var fields = new HashMap<String, String>(Map.of(
                "department", "techniek",
                "subject", "Mijn website is traag",
                "message", "Sinds gisteren laadt alles langzaam.",
                "email", email,
                "name", "Gijs Gast",
                "website", ""));
        if (token != null) {
            fields.put("_csrf", token);
        }
        return fields;
    }

    private static String tokenOn(HttpResponse<String> page) {
        var matcher = CSRF_FIELD.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String uniqueAddress() {
        return "gast-" + UUID.randomUUID().toString().substring(0, 12) + "@klant.loket.test";
    }
}
