package nl.loket.accounts;

import static nl.loket.accounts.TwoFactorTesting.code;
import static nl.loket.accounts.TwoFactorTesting.uniqueAddress;
import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@LoketIntegrationTest
class TwoFactorSignInIntegrationTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern MANUAL_KEY = Pattern.compile("id=\"manual-key\">([A-Z2-7 ]+)<");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TwoFactorAuthentication twoFactor;

    @Autowired
    Clock clock;

    private final String password = UUID.randomUUID().toString();

    @Test
    void a_password_alone_does_not_reach_the_portal_when_2fa_is_on_and_a_code_then_does_with_a_new_session()
            throws Exception {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();
        twoFactor.enable(email, secret, code(secret, clock, 0), uniqueAddress());
        var web = new WebSession(port);
        assertThat(location(web.get("/portal/security"))).endsWith("/login");

        assertThat(location(web.signIn(email.value(), password))).endsWith("/login/2fa");
        assertThat(location(web.get("/admin"))).endsWith("/login");
        assertThat(location(web.get("/portal/security"))).endsWith("/login");
        assertThat(web.get("/api/v1/anything").statusCode()).isEqualTo(401);

        var form = web.get("/login/2fa");
        assertThat(form.body()).contains("Vul je inlogcode in");
        var wrong = web.postForm("/login/2fa", Map.of("code", "000000", "_csrf", csrfToken(form)));
        assertThat(wrong.body()).contains("Deze code klopt niet of is al gebruikt.");

        var signedIn = web.postForm("/login/2fa", Map.of("code", code(secret, clock, 1), "_csrf", csrfToken(wrong)));

        assertThat(location(signedIn)).contains("/portal/security");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .as("a new session id after the second factor")
                .anySatisfy(cookie -> assertThat(cookie).containsIgnoringCase("session"));
        var portal = web.get("/portal/security");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("Tweestapsverificatie staat aan.");
    }

    @Test
    void an_account_without_2fa_signs_in_with_its_password_alone() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var web = new WebSession(port);

        assertThat(location(web.signIn(email.value(), password))).doesNotContain("/login");
        assertThat(web.get("/portal/security").statusCode()).isEqualTo(200);
    }

    @Test
    void the_second_step_without_a_password_first_goes_back_to_the_sign_in_page() {
        var web = new WebSession(port);

        assertThat(location(web.get("/login/2fa"))).endsWith("/login");
    }

    @Test
    void after_too_many_wrong_codes_the_second_step_says_how_long_to_wait_in_the_visitors_language() throws Exception {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var secret = twoFactor.newSecret();
        twoFactor.enable(email, secret, code(secret, clock, 0), uniqueAddress());
        var address = from(uniqueAddress());
        // Sessions live in the database (Spring Session): the session travels as its cookie.
        var session = mvc.perform(post("/login")
                        .param("email", email.value())
                        .param("password", password)
                        .with(csrf())
                        .with(address))
                .andExpect(redirectedUrl("/login/2fa"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();

        for (int i = 0; i < TwoFactorThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            mvc.perform(post("/login/2fa")
                            .param("code", "000000")
                            .cookie(session)
                            .with(csrf())
                            .with(address))
                    .andExpect(content().string(containsString("Deze code klopt niet")));
        }
        mvc.perform(post("/login/2fa")
                        .param("code", code(secret, clock, 1))
                        .cookie(session)
                        .with(csrf())
                        .with(address))
                .andExpect(
                        content().string(containsString("Te veel onjuiste codes. Probeer het over 1 minuut opnieuw.")));
        mvc.perform(post("/login/2fa")
                        .param("code", code(secret, clock, 1))
                        .header("Accept-Language", "en")
                        .cookie(session)
                        .with(csrf())
                        .with(address))
                .andExpect(content().string(containsString("Too many wrong codes. Try again in 1 minute.")));
    }

    @Test
    void a_staff_member_whose_role_requires_2fa_must_enrol_before_anything_else() {
        var before = twoFactor.requiredRoles();
        var admin = EmailAddress.of("admin@loket.test");
        var required = EnumSet.copyOf(before);
        required.add(Role.CUSTOMER_SERVICE);
        twoFactor.requireFor(required, admin, null);
        try {
            var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER_SERVICE);
            var web = new WebSession(port);

            assertThat(location(web.signIn(email.value(), password))).endsWith("/portal/security/two-factor");
            assertThat(location(web.get("/"))).endsWith("/portal/security/two-factor");
            assertThat(location(web.get("/portal/security"))).endsWith("/portal/security/two-factor");
            assertThat(location(web.get("/desk"))).endsWith("/portal/security/two-factor");
            assertThat(web.get("/api/v1/kb/search?q=x").statusCode()).isEqualTo(403);

            var page = web.get("/portal/security/two-factor");
            assertThat(page.body()).contains("Voor jouw rol is tweestapsverificatie verplicht.");
            var key = MANUAL_KEY.matcher(page.body());
            assertThat(key.find()).isTrue();
            var enabled = web.postForm(
                    "/portal/security/two-factor/enable",
                    Map.of("code", code(key.group(1).replace(" ", ""), clock, 0), "_csrf", csrfToken(page)));
            assertThat(enabled.body()).contains("Je herstelcodes");

            assertThat(web.get("/").statusCode()).isEqualTo(200);
            assertThat(twoFactor.disable(email, "", password, uniqueAddress()).outcome())
                    .as("a required 2FA cannot be switched off")
                    .isEqualTo(CodeCheck.Outcome.NOT_ALLOWED);
        } finally {
            twoFactor.requireFor(before, admin, null);
        }
    }

    @Test
    void a_customer_enrols_on_the_page_with_a_code_computed_from_the_shown_key_and_sees_the_recovery_codes_once() {
        var email = TwoFactorTesting.newAccount(accounts, password, Role.CUSTOMER);
        var web = new WebSession(port);
        web.signIn(email.value(), password);

        var page = web.get("/portal/security/two-factor");
        assertThat(page.body()).contains("<img class=\"qr-code\" src=\"data:image/svg+xml;base64,");
        var key = MANUAL_KEY.matcher(page.body());
        assertThat(key.find()).isTrue();
        assertThat(key.group(1)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(web.get("/portal/security/two-factor").body())
                .as("the key stays the same until it is confirmed")
                .contains(key.group(1));

        var enabled = web.postForm(
                "/portal/security/two-factor/enable",
                Map.of("code", code(key.group(1).replace(" ", ""), clock, 0), "_csrf", csrfToken(page)));

        assertThat(enabled.statusCode()).isEqualTo(200);
        var codes = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2})</code>")
                .matcher(enabled.body())
                .results()
                .toList();
        assertThat(codes).hasSize(10);
        assertThat(twoFactor.isEnabled(email)).isTrue();
        var later = web.get("/portal/security/two-factor").body();
        assertThat(later).contains("Je hebt nog 10 ongebruikte herstelcodes.");
        assertThat(later).doesNotContain(codes.getFirst().group(1));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String csrfToken(HttpResponse<String> page) {
        var token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
