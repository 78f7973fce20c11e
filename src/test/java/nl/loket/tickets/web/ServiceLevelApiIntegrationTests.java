package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.ApiTokens;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Service levels over the API, and what the customer never learns of them: staff read a ticket's
 * level and clocks and change it with a reason; a customer's ticket JSON, pages and mails carry
 * neither the level nor the reason.
 */
@DatabaseTest
@LoketIntegrationTest
class ServiceLevelApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceLevels levels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void staff_read_the_level_and_its_clocks_and_change_it_with_a_reason() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Api Agent");
        var opened = guestTicket();
        var path = "/api/v1/tickets/" + opened.number().value();

        var before = mvc.perform(get(path).with(agent.signedIn())).andReturn().getResponse();
        assertThat(before.getStatus()).isEqualTo(200);
        var json = before.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.serviceLevel.name")).isEqualTo("Best Effort");
        assertThat((Boolean) JsonPath.read(json, "$.serviceLevel.guaranteed")).isFalse();
        assertThat((String) JsonPath.read(json, "$.serviceLevel.clocks[0].clock"))
                .isEqualTo("FIRST_RESPONSE");
        assertThat((String) JsonPath.read(json, "$.serviceLevel.clocks[0].state"))
                .isEqualTo("RUNNING");
        assertThat((String) JsonPath.read(json, "$.serviceLevel.clocks[0].basis"))
                .isEqualTo("BUSINESS");

        var changed = send(
                post(path + "/service-level"),
                agent,
                """
                {"levelId":%d,"reason":"Premium afgesloten via de API"}"""
                        .formatted(premium().id()));

        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        var after = changed.getContentAsString();
        assertThat((String) JsonPath.read(after, "$.serviceLevel.name")).isEqualTo("Premium 24x7");
        assertThat((List<Integer>) JsonPath.read(after, "$.serviceLevel.clocks[*].targetMinutes"))
                .containsExactlyInAnyOrder(60, 24 * 60);
        assertThat((List<String>) JsonPath.read(after, "$.history[?(@.change == 'SERVICE_LEVEL')].reason"))
                .containsExactly("Premium afgesloten via de API");
    }

    @Test
    void a_change_without_a_reason_or_to_an_unknown_level_is_a_problem_and_customers_may_not_change_it()
            throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Api Fout");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Api Klant");
        var opened = customerTicket(customer);
        var path = "/api/v1/tickets/" + opened.number().value() + "/service-level";

        assertProblem(
                send(
                        post(path),
                        agent,
                        "{\"levelId\":%d,\"reason\":\"\"}".formatted(premium().id())),
                400);
        var unknown = send(post(path), agent, "{\"levelId\":999999999,\"reason\":\"x\"}");
        assertProblem(unknown, 400);
        assertThat(unknown.getContentAsString()).contains("levelId");
        assertProblem(
                send(
                        post(path),
                        customer,
                        "{\"levelId\":%d,\"reason\":\"x\"}".formatted(premium().id())),
                403);
    }

    @Test
    void the_desk_reads_a_customer_s_level_and_billing_changes_it() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Api Lezer");
        var billing = TestAccounts.create(accounts, Role.BILLING, "Api Boekhouding");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Api Zakelijk");
        var path = "/api/v1/customers/" + customer.id().value() + "/service-level";

        var read = mvc.perform(get(path).with(agent.signedIn())).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.name")).isEqualTo("Best Effort");
        assertThat((Boolean) JsonPath.read(read.getContentAsString(), "$.chosen"))
                .isFalse();

        var body = "{\"levelId\":%d}".formatted(premium().id());
        assertProblem(send(put(path), agent, body), 403);
        var changed = send(put(path), billing, body);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(changed.getContentAsString(), "$.name"))
                .isEqualTo("Premium 24x7");
        assertThat((Boolean) JsonPath.read(changed.getContentAsString(), "$.chosen"))
                .isTrue();

        assertProblem(send(put("/api/v1/customers/999999999/service-level"), billing, body), 404);
        assertProblem(
                mvc.perform(get(path).with(customer.signedIn())).andReturn().getResponse(), 403);
    }

    @Test
    void the_customer_never_sees_the_level_or_the_reason_on_pages_in_the_api_or_in_mails() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Geheim Agent");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Geheim Klant");
        var opened = customerTicket(customer);
        var reason = "Interne afspraak " + UUID.randomUUID();
        var asAgent = TicketFixtures.agent(agent.id(), "Geheim Agent");
        agentDesk.changeServiceLevel(opened.number(), asAgent, premium().id(), reason);
        agentDesk.reply(opened.number(), asAgent, "We helpen u graag.", TicketStatus.WAITING_FOR_CUSTOMER);

        var portal = mvc.perform(
                        get("/portal/tickets/" + opened.number().value()).with(customer.signedIn()))
                .andReturn()
                .getResponse();
        var byKey = mvc.perform(get("/tickets/" + opened.number().value()).param("key", opened.accessKey()))
                .andReturn()
                .getResponse();
        var api = mvc.perform(get("/api/v1/tickets/" + opened.number().value()).with(customer.signedIn()))
                .andReturn()
                .getResponse();
        var mails = jdbc.queryForList(
                "select subject || ' ' || text_body || ' ' || html_body from mail_outbox where recipient like ?",
                String.class,
                "%" + customer.email() + "%");

        assertThat(portal.getStatus()).isEqualTo(200);
        assertThat(byKey.getStatus()).isEqualTo(200);
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(mails).as("the reply's mail").isNotEmpty();
        for (var seen : List.of(
                portal.getContentAsString(),
                byKey.getContentAsString(),
                api.getContentAsString(),
                String.join("\n", mails))) {
            assertThat(seen).doesNotContain(reason, "Premium 24x7", "Best Effort", "serviceLevel", "ervicelevel");
        }
        assertThat(api.getContentAsString()).contains("We helpen u graag.");
    }

    @Test
    void billing_changes_a_customer_s_level_with_a_personal_api_token_and_the_api_description_documents_it()
            throws Exception {
        var billing = TestAccounts.create(accounts, Role.BILLING, "Token Boekhouding");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Token Klant");
        var token = tokens.create(
                        EmailAddress.of(billing.email()),
                        new ApiTokens.NewToken("Servicelevels", Set.of(ApiScope.TICKETS_WRITE), null),
                        null)
                .secret();

        var changed = mvc.perform(put("/api/v1/customers/" + customer.id().value() + "/service-level")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levelId\":%d}".formatted(premium().id())))
                .andReturn()
                .getResponse();

        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(changed.getContentAsString(), "$.name"))
                .isEqualTo("Premium 24x7");
        var docs = mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/tickets/{number}/service-level'].post.security"))
                .hasToString("[{\"apiToken\":[\"tickets:write\"]}]");
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/customers/{id}/service-level'].put.security"))
                .hasToString("[{\"apiToken\":[\"tickets:write\"]}]");
        assertThat(JsonPath.<Map<String, Object>>read(
                        docs, "$.paths['/api/v1/customers/{id}/service-level'].get.responses"))
                .containsKeys("200", "401", "403", "404");
        assertThat(docs).contains("\"ServiceLevelJson\"", "\"ServiceClockJson\"", "\"ServiceLevelChange\"");
    }

    private OpenedTicket guestTicket() {
        return desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("api-sla"), "API-vraag", "Tekst"));
    }

    private OpenedTicket customerTicket(TestAccount customer) {
        return desk.open(TicketFixtures.question(
                EmailAddress.of(customer.email()), "Vraag", "Tekst", customer.id(), Language.NL, "techniek"));
    }

    private ServiceLevelDetails premium() {
        return levels.all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, TestAccount who, String json)
            throws Exception {
        return mvc.perform(request.with(csrf())
                        .with(who.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }
}
