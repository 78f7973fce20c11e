package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors as a visitor meets them over real HTTP, where the servlet container renders them. */
@LoketIntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Test
    void a_missing_page_answers_404_with_a_dutch_explanation() {
        var response = new WebSession(port).get("/dit-bestaat-niet");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"nl\">", "Pagina niet gevonden", "Terug naar de startpagina");
    }

    @Test
    void a_missing_page_speaks_english_to_an_english_browser() {
        var response = new WebSession(port).get("/does-not-exist", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\">", "Page not found");
    }

    @Test
    void a_form_posted_without_its_security_token_gets_the_403_page() {
        var response = new WebSession(port).postForm("/login", Map.of("email", "x@example.nl", "password", "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Geen toegang");
    }

    @Test
    void a_failure_inside_loket_shows_a_calm_500_page_without_internals() {
        var response = new WebSession(port).get(TestRoutes.FAILING_PAGE);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Er ging iets mis")
                .doesNotContain(TestRoutes.SECRET_IN_FAILURE, "IllegalStateException", "at nl.loket");
    }

    @Test
    void an_api_call_without_sign_in_gets_a_401_problem_and_no_session() {
        var response = new WebSession(port).get("/api/v1/anything");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body())
                .contains("\"status\":401", "\"title\":\"Inloggen vereist\"", "\"instance\":\"/api/v1/anything\"");
    }

    @Test
    void an_unknown_api_address_gets_a_404_problem_in_the_readers_language() {
        var session = signedInStaff();

        var response = session.get("/api/v1/nothing-here", "Accept-Language", "en", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404", "\"title\":\"Page not found\"");
    }

    @Test
    void an_api_failure_is_a_500_problem_without_internals_even_for_a_browser() {
        var session = signedInStaff();

        var response = session.get(TestRoutes.FAILING_API, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"title\":\"Er ging iets mis\"")
                .doesNotContain(TestRoutes.SECRET_IN_FAILURE, "IllegalStateException", "trace");
    }

    private WebSession signedInStaff() {
        var email = "agent-" + UUID.randomUUID() + "@loket.test";
        var password = UUID.randomUUID().toString();
        accounts.createStaff(EmailAddress.of(email), "Agent", password, Set.of(Role.SUPPORT_AGENT));
        var session = new WebSession(port);
        assertThat(session.signIn(email, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }
}
