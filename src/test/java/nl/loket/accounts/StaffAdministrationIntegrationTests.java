package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static nl.loket.accounts.AccountFixtures.location;
import static nl.loket.accounts.AccountFixtures.signedIn;
import static nl.loket.accounts.AccountFixtures.uniqueAddress;
import static nl.loket.testsupport.Csrf.csrf;
import static nl.loket.testsupport.Csrf.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.RecordedEvents;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@LoketIntegrationTest
class StaffAdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    RecordedEvents events;

    @Autowired
    AuditLog audit;

    AccountFixtures.Holder admin;

    @BeforeEach
    void anAdministrator() {
        admin = activeAccount(accounts, Role.ADMINISTRATOR);
    }

    @Test
    void administrators_invite_a_colleague_who_sets_a_password_by_the_link_and_signs_in() throws Exception {
        var email = uniqueAddress();

        mvc.perform(post("/admin/staff/new")
                        .param("email", email)
                        .param("name", "Nieuwe Collega")
                        .param("roles", "SUPPORT_AGENT", "BILLING")
                        .param("language", "en")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));

        var invitation = events.latest(
                        StaffInvited.class, mail -> mail.email().value().equals(email))
                .orElseThrow();
        assertThat(invitation.path()).startsWith("/invitation?token=");
        assertThat(invitation.validForHours()).isEqualTo(7 * 24);
        assertThat(invitation.language()).isEqualTo(Language.EN);
        assertThat(accounts.rolesOf(EmailAddress.of(email)))
                .containsExactlyInAnyOrder(Role.SUPPORT_AGENT, Role.BILLING);
        mvc.perform(get("/admin/staff").with(asAdmin()))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Uitgenodigd")));

        mvc.perform(get(invitation.path())).andExpect(content().string(containsString("Nieuwe Collega")));
        var token = PasswordResetIntegrationTests.token(invitation.path());
        mvc.perform(post("/invitation")
                        .param("token", token)
                        .param("password", "welkom12345")
                        .with(csrf()))
                .andExpect(content().string(containsString("wordt heel vaak gebruikt")));
        mvc.perform(post("/invitation")
                        .param("token", token)
                        .param("password", "mijn-eigen-sterke-zin")
                        .with(csrf()))
                .andExpect(content().string(containsString("Je account is klaar")));
        mvc.perform(post("/invitation")
                        .param("token", token)
                        .param("password", "nog-een-andere-zin")
                        .with(csrf()))
                .andExpect(content().string(containsString("Deze uitnodiging werkt niet meer")));

        mvc.perform(signIn(email, "mijn-eigen-sterke-zin"))
                .andExpect(authenticated().withRoles("SUPPORT_AGENT", "BILLING"));
    }

    @Test
    void an_address_that_has_an_account_cannot_be_invited_again() throws Exception {
        var existing = activeAccount(accounts, Role.CUSTOMER);

        mvc.perform(post("/admin/staff/new")
                        .param("email", existing.email())
                        .param("name", "Dubbel")
                        .param("roles", "SUPPORT_AGENT")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoort al bij een account")));
        assertThat(accounts.rolesOf(EmailAddress.of(existing.email()))).containsExactly(Role.CUSTOMER);
    }

    @Test
    void the_staff_list_leaves_customers_out() throws Exception {
        var customer = activeAccount(accounts, Role.CUSTOMER);
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);

        mvc.perform(get("/admin/staff").with(asAdmin()))
                .andExpect(content().string(containsString(agent.email())))
                .andExpect(content().string(not(containsString(customer.email()))));
    }

    @Test
    void changing_roles_is_saved_and_audited_with_who_did_it() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var id = idOf(agent.email());

        mvc.perform(post("/admin/staff/{id}/roles", id)
                        .param("roles", "CUSTOMER_SERVICE", "KNOWLEDGE_EDITOR", "CUSTOMER")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/" + id));

        assertThat(accounts.rolesOf(EmailAddress.of(agent.email())))
                .containsExactlyInAnyOrder(Role.CUSTOMER_SERVICE, Role.KNOWLEDGE_EDITOR);
        var today = LocalDate.now(AuditLog.ZONE);
        var entries = audit.search(
                        new AuditLog.Filter(SecurityEvent.Kind.ROLES_CHANGED, agent.email(), today, today), 0, 5)
                .getContent();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("SUPPORT_AGENT -> CUSTOMER_SERVICE,KNOWLEDGE_EDITOR");
            assertThat(entry.actor()).isEqualTo(idOf(admin.email()));
        });
    }

    @Test
    void a_customer_cannot_be_made_staff_by_a_role_change() throws Exception {
        var customer = activeAccount(accounts, Role.CUSTOMER);
        var id = idOf(customer.email());

        mvc.perform(post("/admin/staff/{id}/roles", id)
                        .param("roles", "ADMINISTRATOR")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/" + id));

        assertThat(accounts.rolesOf(EmailAddress.of(customer.email()))).containsExactly(Role.CUSTOMER);
    }

    @Test
    void a_forced_reset_ends_all_sessions_and_blocks_sign_in_until_a_new_password_is_set() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var desk = new WebSession(port);
        var home = new WebSession(port);
        desk.signIn(agent.email(), agent.password());
        home.signIn(agent.email(), agent.password());
        assertThat(signedIn(desk)).isTrue();

        mvc.perform(post("/admin/staff/{id}/force-reset", idOf(agent.email()))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(signedIn(desk)).isFalse();
        assertThat(signedIn(home)).isFalse();
        assertThat(location(desk.signIn(agent.email(), agent.password()))).endsWith("/login?reset-required");
        assertThat(location(desk.signIn(agent.email(), "een-verkeerde-gok!"))).endsWith("/login?error");
        var mail = events.latest(
                        PasswordResetRequested.class,
                        sent -> sent.email().value().equals(agent.email()))
                .orElseThrow();
        assertThat(mail.forcedByAdministrator()).isTrue();

        var path = mail.path();
        var visitor = new WebSession(port);
        var csrf = AccountFixtures.csrfOf(visitor, path);
        visitor.postForm(
                "/password/reset",
                Map.of(
                        "token",
                        PasswordResetIntegrationTests.token(path),
                        "password",
                        "na-de-reset-weer-binnen",
                        "_csrf",
                        csrf));
        assertThat(location(desk.signIn(agent.email(), "na-de-reset-weer-binnen")))
                .doesNotContain("login");
        assertThat(repository.findByEmail(agent.email()).orElseThrow().passwordResetRequired())
                .isFalse();
    }

    @Test
    void a_disabled_account_is_signed_out_and_cannot_sign_in() throws Exception {
        var agent = activeAccount(accounts, Role.SUPPORT_AGENT);
        var desk = new WebSession(port);
        desk.signIn(agent.email(), agent.password());

        mvc.perform(post("/admin/staff/{id}/disable", idOf(agent.email()))
                .with(asAdmin())
                .with(csrf()));

        assertThat(signedIn(desk)).isFalse();
        assertThat(location(desk.signIn(agent.email(), agent.password()))).endsWith("/login?disabled");

        mvc.perform(post("/admin/staff/{id}/enable", idOf(agent.email()))
                .with(asAdmin())
                .with(csrf()));
        assertThat(location(desk.signIn(agent.email(), agent.password()))).doesNotContain("login");
    }

    @Test
    void only_administrators_reach_staff_and_audit_pages() throws Exception {
        for (var page : new String[] {"/admin/staff", "/admin/staff/new", "/admin/audit"}) {
            mvc.perform(get(page).with(user("agent@example.nl").roles("SUPPORT_AGENT")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(page).with(user("klant@example.nl").roles("CUSTOMER")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(status().isFound());
            mvc.perform(get(page).with(asAdmin())).andExpect(status().isOk());
        }
        mvc.perform(post("/admin/staff/{id}/force-reset", idOf(admin.email()))
                        .with(user("agent@example.nl").roles("SUPPORT_AGENT"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_staff_member_answers_not_found() throws Exception {
        mvc.perform(get("/admin/staff/{id}", Long.MAX_VALUE).with(asAdmin())).andExpect(status().isNotFound());
    }

    private RequestPostProcessor asAdmin() {
        return user(admin.email()).roles("ADMINISTRATOR");
    }

    private long idOf(String email) {
        return repository.findByEmail(email).orElseThrow().id().value();
    }

    static Set<Role> roles(Role... roles) {
        return Set.of(roles);
    }
}
