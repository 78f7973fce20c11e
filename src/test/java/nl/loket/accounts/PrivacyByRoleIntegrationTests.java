package nl.loket.accounts;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class PrivacyByRoleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    TestAccount customer;

    @BeforeEach
    void a_customer_with_address_bank_account_and_birth_date() throws Exception {
        customer = TestAccounts.create(accounts, Role.CUSTOMER, "Privé Klant");
        mvc.perform(post("/portal/account")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("name", "Privé Klant")
                        .param("company", "Klant BV")
                        .param("phone", "06 1234 5678")
                        .param("street", "Geheimstraat 7")
                        .param("postcode", "9999 ZZ")
                        .param("city", "Verborgen")
                        .param("country", "NL")
                        .param("iban", "NL91ABNA0417164300")
                        .param("birthDate", "1971-03-09"))
                .andExpect(status().isFound());
    }

    @Test
    void a_support_agent_sees_contact_data_but_no_address_bank_account_or_birth_date_on_the_page() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT);

        mvc.perform(get("/desk/customers/{id}", customer.id().value()).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Privé Klant")))
                .andExpect(content().string(containsString(customer.email())))
                .andExpect(content().string(containsString("Klant BV")))
                .andExpect(content().string(containsString("06 1234 5678")))
                .andExpect(content().string(not(containsString("Geheimstraat"))))
                .andExpect(content().string(not(containsString("9999 ZZ"))))
                .andExpect(content().string(not(containsString("NL91"))))
                .andExpect(content().string(not(containsString("1971"))))
                .andExpect(content().string(containsString("niet zichtbaar voor jouw rol")));
        assertThat(viewedEvents()).isEmpty();
    }

    @Test
    void a_support_agent_gets_no_address_bank_account_or_birth_date_from_the_api() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT);

        mvc.perform(get("/api/v1/customers/{id}", customer.id().value()).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Privé Klant"))
                .andExpect(jsonPath("$.email").value(customer.email()))
                .andExpect(jsonPath("$.phone").value("06 1234 5678"))
                .andExpect(jsonPath("$.protectedDataVisible").value(false))
                .andExpect(jsonPath("$.address").doesNotExist())
                .andExpect(jsonPath("$.iban").doesNotExist())
                .andExpect(jsonPath("$.birthDate").doesNotExist())
                .andExpect(content().string(not(containsString("Geheimstraat"))));
        assertThat(viewedEvents()).isEmpty();
    }

    @Test
    void a_knowledge_editor_has_no_business_with_customers_and_gets_403_from_the_api() throws Exception {
        var editor = TestAccounts.create(accounts, Role.KNOWLEDGE_EDITOR);

        mvc.perform(get("/api/v1/customers/{id}", customer.id().value()).with(editor.signedIn()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(customer.email()))));
    }

    @Test
    void the_directory_itself_leaves_the_protected_fields_out_for_a_support_agent() {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT);

        var view = directory
                .view(customer.id(), new Viewer(agent.id(), Set.of(Role.SUPPORT_AGENT), null))
                .orElseThrow();

        assertThat(view.protectedDataVisible()).isFalse();
        assertThat(view.address()).isNull();
        assertThat(view.iban()).isNull();
        assertThat(view.birthDate()).isNull();
        assertThat(view.phone()).isEqualTo("06 1234 5678");
    }

    @Test
    void customer_service_sees_address_bank_account_and_birth_date_and_the_view_is_audited() throws Exception {
        var colleague = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE);

        mvc.perform(get("/desk/customers/{id}", customer.id().value()).with(colleague.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geheimstraat 7")))
                .andExpect(content().string(containsString("9999 ZZ Verborgen")))
                .andExpect(content().string(containsString("NL91 ABNA 0417 1643 00")))
                .andExpect(content().string(containsString("9-3-1971")));

        assertThat(viewedEvents()).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(colleague.id());
            assertThat(event.subject()).isEqualTo(customer.id());
            assertThat(event.detail()).contains("address", "iban", "birth_date");
        });
    }

    @Test
    void billing_gets_the_protected_fields_from_the_api_and_each_read_is_audited() throws Exception {
        var billing = TestAccounts.create(accounts, Role.BILLING);

        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/customers/{id}", customer.id().value()).with(billing.signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.protectedDataVisible").value(true))
                    .andExpect(jsonPath("$.iban").value("NL91ABNA0417164300"))
                    .andExpect(jsonPath("$.address.postcode").value("9999 ZZ"))
                    .andExpect(jsonPath("$.birthDate").value("1971-03-09"));
        }

        assertThat(viewedEvents()).hasSize(2).allMatch(event -> billing.id().equals(event.actor()));
    }

    @Test
    void a_customer_reads_their_own_data_at_me_without_an_audit_entry() throws Exception {
        mvc.perform(get("/api/v1/me").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(customer.id().value()))
                .andExpect(jsonPath("$.iban").value("NL91ABNA0417164300"))
                .andExpect(jsonPath("$.birthDate").value("1971-03-09"));
        assertThat(viewedEvents()).isEmpty();
    }

    @Test
    void a_customer_is_refused_the_staff_api_even_for_their_own_id() {
        var session = signedIn(customer);

        var response = session.get("/api/v1/customers/" + customer.id().value());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Geheimstraat", customer.email());
    }

    @Test
    void a_customer_never_reads_another_customer_through_the_directory() {
        var other = TestAccounts.create(accounts, Role.CUSTOMER);
        var otherViewer = new Viewer(other.id(), Set.of(Role.CUSTOMER), null);

        assertThatThrownBy(() -> directory.view(customer.id(), otherViewer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.view(new AccountId(Long.MAX_VALUE), otherViewer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.search(customer.email(), otherViewer))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unknown_id_or_a_staff_account_is_not_found_as_problem_json() throws Exception {
        var billing = TestAccounts.create(accounts, Role.BILLING);
        var session = signedIn(billing);

        var unknown = session.get("/api/v1/customers/" + Long.MAX_VALUE);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404");
        assertThat(session.get("/api/v1/customers/" + billing.id().value()).statusCode())
                .isEqualTo(404);
        assertThat(session.get("/api/v1/customers/not-a-number").statusCode()).isEqualTo(400);
        mvc.perform(get("/desk/customers/{id}", Long.MAX_VALUE).with(billing.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void staff_find_customers_by_part_of_their_address_or_name() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT);
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var named = TestAccounts.create(accounts, Role.CUSTOMER, "Zoekbare " + marker);

        mvc.perform(get("/desk/customers").param("q", marker.toUpperCase()).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(named.email())));
        mvc.perform(get("/desk/customers")
                        .param("q", customer.email().substring(0, 20))
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Privé Klant")))
                .andExpect(content().string(not(containsString("Geheimstraat"))));
    }

    @Test
    void the_customer_api_is_described_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/customers/{id}'].get.responses['404']")
                        .exists());
    }

    private WebSession signedIn(TestAccount account) {
        var session = new WebSession(port);
        assertThat(session.signIn(account.email(), account.password()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    private List<SecurityEvent> viewedEvents() {
        return events.stream(SecurityEvent.class)
                .filter(event -> event.kind() == SecurityEvent.Kind.PERSONAL_DATA_VIEWED)
                .filter(event -> customer.id().equals(event.subject()))
                .toList();
    }
}
