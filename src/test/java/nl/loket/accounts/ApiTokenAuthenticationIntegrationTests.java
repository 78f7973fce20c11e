package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import nl.loket.testsupport.TestRoutes;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code Authorization: Bearer lkt_…} on the API: the holder's identity without a session, only the
 * token's scopes, and a 401 problem with an RFC 6750 challenge for every token that no longer works.
 */
@DatabaseTest
@LoketIntegrationTest
class ApiTokenAuthenticationIntegrationTests {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAdministration staff;

    @Autowired
    Passwords passwords;

    @Autowired
    TestClock clock;

    /** Each test fails tokens from an address of its own, so that the per-address throttle stays out of the way. */
    private final String address = "10.%d.%d.%d"
            .formatted(
                    ThreadLocalRandom.current().nextInt(256),
                    ThreadLocalRandom.current().nextInt(256),
                    ThreadLocalRandom.current().nextInt(1, 255));

    @AfterEach
    void put_the_clock_back() {
        clock.reset();
    }

    @Test
    void a_token_reads_the_holders_data_and_a_customer_over_http_without_getting_a_session() {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var customer = accounts.createStaff(
                EmailAddress.of(AccountFixtures.uniqueAddress()),
                "Klant Tokentest",
                "pw-klant-123456",
                Set.of(Role.CUSTOMER));
        var token = token(agent, ApiScope.ACCOUNT_READ, ApiScope.CUSTOMERS_READ);
        var client = new WebSession(port);

        var me = client.get("/api/v1/me", "Authorization", "Bearer " + token);
        var someone = client.get("/api/v1/customers/" + customer.value(), "Authorization", "Bearer " + token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"" + agent.email() + "\"");
        assertThat(someone.statusCode()).isEqualTo(200);
        assertThat(someone.body()).contains("Klant Tokentest");
        assertThat(me.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(someone.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void a_token_may_post_without_a_csrf_token_where_a_session_may_not() throws Exception {
        var agent = activeAccount(accounts, Role.BILLING);
        var token = token(agent, ApiScope.ACCOUNT_READ);

        var withToken = mvc.perform(bearer(post(TestRoutes.WHO_AM_I_API), token))
                .andReturn()
                .getResponse();
        var withSession = mvc.perform(
                        post(TestRoutes.WHO_AM_I_API).with(user(agent.email()).roles("BILLING")))
                .andReturn()
                .getResponse();

        assertThat(withToken.getStatus()).isEqualTo(200);
        assertThat(withToken.getContentAsString()).isEqualTo(agent.email());
        assertThat(withSession.getStatus()).isEqualTo(403);
    }

    @Test
    void a_refused_token_gets_a_401_problem_in_the_readers_language() {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var token = token(agent, ApiScope.ACCOUNT_READ);
        tokens.revoke(
                EmailAddress.of(agent.email()),
                tokens.of(EmailAddress.of(agent.email())).getFirst().id(),
                null);

        var response =
                new WebSession(port).get("/api/v1/me", "Authorization", "Bearer " + token, "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(INVALID_TOKEN);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"Sign-in required\"");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void unknown_and_malformed_tokens_get_a_401_with_a_bearer_challenge() throws Exception {
        var unknown = "lkt_" + AccountTokens.newToken();

        for (var header : new String[] {"Bearer " + unknown, "Bearer lkt_short", "Bearer " + unknown.substring(4)}) {
            var response = mvc.perform(
                            get("/api/v1/me").header("Authorization", header).with(from(address)))
                    .andReturn()
                    .getResponse();
            assertRefused(response);
        }
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var token = token(agent, ApiScope.ACCOUNT_READ);
        assertThat(me(token).getStatus()).isEqualTo(200);

        var id = tokens.of(EmailAddress.of(agent.email())).getFirst().id();
        tokens.revoke(EmailAddress.of(agent.email()), id, null);

        assertRefused(me(token));
    }

    @Test
    void a_token_stops_working_after_its_last_day() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var token = tokens.create(
                        EmailAddress.of(agent.email()),
                        new ApiTokens.NewToken("Kort", Set.of(ApiScope.ACCOUNT_READ), LocalDate.now(AuditLog.ZONE)),
                        null)
                .secret();
        assertThat(me(token).getStatus()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));

        assertRefused(me(token));
    }

    @Test
    void a_token_stops_working_when_its_holder_is_disabled_or_must_choose_a_new_password() throws Exception {
        var administrator = activeAccount(accounts, Role.ADMINISTRATOR);
        var adminId = accounts.find(EmailAddress.of(administrator.email()))
                .orElseThrow()
                .id();
        var disabled = activeAccount(accounts, Role.SUPPORT_AGENT);
        var resetting = activeAccount(accounts, Role.CUSTOMER_SERVICE);
        var disabledToken = token(disabled, ApiScope.ACCOUNT_READ);
        var resettingToken = token(resetting, ApiScope.ACCOUNT_READ);

        staff.disable(
                accounts.find(EmailAddress.of(disabled.email())).orElseThrow().id(), adminId);
        passwords.forceReset(
                accounts.find(EmailAddress.of(resetting.email())).orElseThrow().id(), adminId);

        assertRefused(me(disabledToken));
        assertRefused(me(resettingToken));
    }

    @Test
    void a_token_without_the_scope_gets_a_403_problem_that_names_it() throws Exception {
        var agent = activeAccount(accounts, Role.CUSTOMER_SERVICE);
        var token = token(agent, ApiScope.ACCOUNT_READ, ApiScope.TICKETS_READ);
        var customer = accounts.createStaff(
                EmailAddress.of(AccountFixtures.uniqueAddress()), "Klant", "pw-klant-123456", Set.of(Role.CUSTOMER));

        var response = mvc.perform(bearer(get("/api/v1/customers/" + customer.value()), token)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"No access\"", "permission customers:read");
        assertThat(response.getHeader("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"insufficient_scope\", scope=\"customers:read\"");
    }

    @Test
    void a_token_keeps_only_the_scopes_its_holders_current_roles_allow() throws Exception {
        var administrator = activeAccount(accounts, Role.ADMINISTRATOR);
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var token = token(agent, ApiScope.ACCOUNT_READ, ApiScope.CUSTOMERS_READ);
        var customer = accounts.createStaff(
                EmailAddress.of(AccountFixtures.uniqueAddress()), "Klant", "pw-klant-123456", Set.of(Role.CUSTOMER));
        var path = "/api/v1/customers/" + customer.value();
        assertThat(mvc.perform(bearer(get(path), token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        staff.changeRoles(
                accounts.find(EmailAddress.of(agent.email())).orElseThrow().id(),
                Set.of(Role.KNOWLEDGE_EDITOR),
                accounts.find(EmailAddress.of(administrator.email()))
                        .orElseThrow()
                        .id());

        assertThat(mvc.perform(bearer(get(path), token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(me(token).getStatus()).isEqualTo(200);
    }

    @Test
    void api_endpoints_that_declare_no_scope_refuse_tokens_and_public_ones_ignore_them() throws Exception {
        var agent = activeAccount(accounts, Role.ADMINISTRATOR);
        var token = token(agent, ApiScope.values());

        var undeclared = mvc.perform(bearer(get(TestRoutes.FAILING_API), token))
                .andReturn()
                .getResponse();
        var search = mvc.perform(get("/api/v1/kb/search")
                        .param("q", "domein")
                        .header("Authorization", "Bearer lkt_" + AccountTokens.newToken())
                        .with(from(address)))
                .andReturn()
                .getResponse();

        assertThat(undeclared.getStatus()).isEqualTo(403);
        assertThat(undeclared.getContentAsString()).contains("niet te gebruiken met een API-token");
        assertThat(search.getStatus()).isEqualTo(200);
    }

    @Test
    void a_token_does_not_sign_anyone_in_on_the_pages() throws Exception {
        var agent = activeAccount(accounts, Role.ADMINISTRATOR);
        var token = token(agent, ApiScope.values());

        var page =
                mvc.perform(bearer(get("/portal/security"), token)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void an_address_that_keeps_sending_wrong_tokens_is_locked_out_for_a_while() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var valid = token(agent, ApiScope.ACCOUNT_READ);
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertRefused(me("lkt_" + AccountTokens.newToken()));
        }

        var locked = me(valid);
        var elsewhere = mvc.perform(get("/api/v1/me")
                        .header("Authorization", "Bearer " + valid)
                        .with(from("10.255.255.254")))
                .andReturn()
                .getResponse();

        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(elsewhere.getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        assertThat(me(valid).getStatus()).isEqualTo(200);
    }

    @Test
    void the_api_description_names_the_token_scheme_and_each_operations_scope() throws Exception {
        var description =
                mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(description)
                .contains("\"apiToken\":{\"type\":\"http\"", "\"scheme\":\"bearer\"")
                .contains("{\"apiToken\":[\"customers:read\"]}", "{\"apiToken\":[\"account:read\"]}");
    }

    @Test
    void the_list_shows_when_a_token_was_last_used() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var token = token(agent, ApiScope.ACCOUNT_READ);
        assertThat(tokens.of(EmailAddress.of(agent.email())).getFirst().lastUsedAt())
                .isNull();

        me(token);

        assertThat(tokens.of(EmailAddress.of(agent.email())).getFirst().lastUsedAt())
                .isNotNull();
    }

    private String token(AccountFixtures.Holder holder, ApiScope... scopes) {
        return tokens.create(
                        EmailAddress.of(holder.email()), new ApiTokens.NewToken("Test", Set.of(scopes), null), null)
                .secret();
    }

    private MockHttpServletResponse me(String token) throws Exception {
        return mvc.perform(bearer(get("/api/v1/me"), token)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).with(from(address));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** MockMvc does not render error pages: the status and challenge are checked here, the body over HTTP. */
    private static void assertRefused(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isIn(INVALID_TOKEN, "Bearer error=\"invalid_request\"");
    }
}
