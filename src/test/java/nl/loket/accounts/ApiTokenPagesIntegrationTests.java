package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static nl.loket.accounts.AccountFixtures.csrfOf;
import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Staff make, see and revoke their personal API tokens on the security pages. */
@DatabaseTest
@LoketIntegrationTest
class ApiTokenPagesIntegrationTests {

    private static final String PAGE = "/portal/security/api-tokens";
    private static final Pattern TOKEN = Pattern.compile("value=\"(lkt_[A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    @Test
    void an_agent_makes_a_token_sees_it_once_finds_it_in_the_list_and_revokes_it() {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var browser = new WebSession(port);
        browser.signIn(agent.email(), agent.password());
        assertThat(browser.get("/portal/security").body()).contains("API-tokens beheren");

        var created = browser.postForm(
                PAGE,
                form(
                        browser,
                        "name",
                        "Nachtelijke export",
                        "scopes",
                        "customers:read",
                        "expiresOn",
                        LocalDate.now(AuditLog.ZONE).plusDays(30).toString()));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Nachtelijke export", "is gemaakt", "customers:read");
        var token = TOKEN.matcher(created.body());
        assertThat(token.find()).isTrue();
        var secret = token.group(1);
        assertThat(created.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));

        var list = browser.get(PAGE).body();
        assertThat(list)
                .contains("Nachtelijke export", secret.substring(0, 8) + "…", "customers:read", "nog nooit")
                .doesNotContain(secret);

        var id = tokens.of(EmailAddress.of(agent.email())).getFirst().id();
        var revoked = browser.postForm(PAGE + "/" + id + "/revoke", Map.of("_csrf", csrfOf(browser, PAGE)));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).body())
                .contains("Het token is ingetrokken", "Je hebt nog geen API-tokens.")
                .doesNotContain("Nachtelijke export");

        assertThat(auditKinds(agent.email()))
                .contains(SecurityEvent.Kind.API_TOKEN_CREATED, SecurityEvent.Kind.API_TOKEN_REVOKED);
    }

    @Test
    void a_new_token_is_valid_for_ninety_days_unless_chosen_otherwise_and_at_most_a_year() {
        var agent = activeAccount(accounts, Role.CUSTOMER_SERVICE);
        var browser = new WebSession(port);
        browser.signIn(agent.email(), agent.password());
        var inNinetyDays = LocalDate.now(AuditLog.ZONE).plusDays(90);

        assertThat(browser.get(PAGE).body()).contains("value=\"" + inNinetyDays + "\"");

        var tooLate = browser.postForm(
                PAGE,
                form(
                        browser,
                        "name",
                        "Te lang geldig",
                        "scopes",
                        "tickets:read",
                        "expiresOn",
                        LocalDate.now(AuditLog.ZONE).plusDays(366).toString()));
        assertThat(tooLate.statusCode()).isEqualTo(200);
        assertThat(tooLate.body())
                .contains("Kies een datum van vandaag tot hoogstens een jaar vooruit.")
                .contains("value=\"Te lang geldig\"");
        assertThat(tokens.of(EmailAddress.of(agent.email()))).isEmpty();
    }

    @Test
    void an_incomplete_form_comes_back_with_its_input_and_a_message_per_field() throws Exception {
        var agent = activeAccount(accounts, Role.BILLING);

        var noScope = mvc.perform(post(PAGE)
                        .with(user(agent.email()).roles("BILLING"))
                        .with(csrf())
                        .param("name", "Mijn koppeling")
                        .param(
                                "expiresOn",
                                LocalDate.now(AuditLog.ZONE).plusDays(3).toString()))
                .andReturn()
                .getResponse();
        assertThat(noScope.getStatus()).isEqualTo(200);
        assertThat(noScope.getContentAsString())
                .contains("Kies minstens één recht.", "value=\"Mijn koppeling\"")
                .doesNotContainPattern("lkt_[A-Za-z0-9_-]{43}");

        var badDate = mvc.perform(post(PAGE)
                        .with(user(agent.email()).roles("BILLING"))
                        .with(csrf())
                        .param("name", "Datumloos")
                        .param("scopes", "tickets:write")
                        .param("expiresOn", "2026-02-30"))
                .andReturn()
                .getResponse();
        assertThat(badDate.getContentAsString()).contains("Dit is geen datum", "value=\"2026-02-30\"");

        var unnamed = mvc.perform(post(PAGE)
                        .with(user(agent.email()).roles("BILLING"))
                        .with(csrf())
                        .param("name", " ")
                        .param("scopes", "tickets:write"))
                .andReturn()
                .getResponse();
        assertThat(unnamed.getContentAsString()).contains("Geef het token een naam.");
        assertThat(tokens.of(EmailAddress.of(agent.email()))).isEmpty();
    }

    @Test
    void a_knowledge_editor_can_only_give_a_token_access_to_their_own_data() throws Exception {
        var editor = activeAccount(accounts, Role.KNOWLEDGE_EDITOR);

        var page = mvc.perform(get(PAGE).with(user(editor.email()).roles("KNOWLEDGE_EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"account:read\"").doesNotContain("value=\"customers:read\"");

        var refused = mvc.perform(post(PAGE)
                        .with(user(editor.email()).roles("KNOWLEDGE_EDITOR"))
                        .with(csrf())
                        .param("name", "Stiekem")
                        .param("scopes", "customers:read"))
                .andReturn()
                .getResponse();
        assertThat(refused.getContentAsString()).contains("Kies alleen uit de rechten hieronder.");
        assertThat(tokens.of(EmailAddress.of(editor.email()))).isEmpty();
    }

    @Test
    void customers_cannot_reach_the_token_pages_nor_make_a_token() throws Exception {
        var customer = activeAccount(accounts, Role.CUSTOMER);

        assertThat(mvc.perform(get(PAGE).with(user(customer.email()).roles("CUSTOMER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(PAGE)
                                .with(user(customer.email()).roles("CUSTOMER"))
                                .with(csrf())
                                .param("name", "Klant")
                                .param("scopes", "tickets:read"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/portal/security")
                                .with(user(customer.email()).roles("CUSTOMER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("API-tokens beheren");
        assertThatThrownBy(() -> tokens.create(
                        EmailAddress.of(customer.email()),
                        new ApiTokens.NewToken("Klant", Set.of(ApiScope.TICKETS_READ), null),
                        null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_holder_cannot_revoke_someone_elses_token() throws Exception {
        var owner = activeAccount(accounts, Role.SUPPORT_AGENT);
        var colleague = activeAccount(accounts, Role.ADMINISTRATOR);
        var token = tokens.create(
                        EmailAddress.of(owner.email()),
                        new ApiTokens.NewToken("Van de eigenaar", Set.of(ApiScope.TICKETS_READ), null),
                        null)
                .token();

        var answer = mvc.perform(post(PAGE + "/" + token.id() + "/revoke")
                        .with(user(colleague.email()).roles("ADMINISTRATOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(tokens.of(EmailAddress.of(owner.email())))
                .extracting(ApiTokens.Token::id)
                .contains(token.id());
    }

    private static Map<String, String> form(WebSession browser, String... fields) {
        var form = new HashMap<String, String>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        form.put("_csrf", csrfOf(browser, PAGE));
        return form;
    }

    private java.util.List<SecurityEvent.Kind> auditKinds(String email) {
        return audit.search(new AuditLog.Filter(null, email, null, null), 0, 50).stream()
                .map(AuditLog.Entry::kind)
                .toList();
    }
}
