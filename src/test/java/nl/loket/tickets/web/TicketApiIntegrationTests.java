package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
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
import nl.loket.testsupport.WebSession;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ticket API: customers with a session work with their own tickets and see them as on the
 * portal; staff with a session or a personal API token see queues and whole tickets. Every refusal
 * is problem+json.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    ApiTokens tokens;

    @Test
    void a_customer_opens_lists_reads_answers_and_closes_their_ticket_over_the_api() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Anna Api");
        var subject = "Mijn site is traag " + UUID.randomUUID();

        var opened = send(
                post("/api/v1/tickets"),
                customer,
                """
                {"department":"techniek","subject":"%s","text":"Sinds gisteren laadt alles traag."}"""
                        .formatted(subject));
        assertThat(opened.getStatus()).isEqualTo(201);
        String number = JsonPath.read(opened.getContentAsString(), "$.number");
        assertThat(opened.getHeader("Location")).isEqualTo("/api/v1/tickets/" + number);

        var list = mvc.perform(get("/api/v1/tickets").with(customer.signedIn()))
                .andReturn()
                .getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("\"number\":\"" + number + "\"", subject);

        var replied = send(
                post("/api/v1/tickets/" + number + "/messages"),
                customer,
                """
                {"text":"Het gaat om de webshop."}""");
        assertThat(replied.getStatus()).isEqualTo(200);
        assertThat(replied.getContentAsString())
                .contains("Sinds gisteren laadt alles traag.", "Het gaat om de webshop.");

        var closed = send(
                patch("/api/v1/tickets/" + number + "/status"), customer, """
                {"status":"CLOSED"}""");
        assertThat(closed.getStatus()).isEqualTo(200);
        assertThat(closed.getContentAsString()).contains("\"status\":\"CLOSED\"", "\"open\":false");

        var afterwards = send(
                post("/api/v1/tickets/" + number + "/messages"), customer, """
                {"text":"Nog iets."}""");
        assertProblem(afterwards, 409);
    }

    @Test
    void a_staff_token_with_tickets_read_lists_a_queue_and_reads_notes_and_agent_names() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Tom Token");
        var number = customersTicket("Queue via API " + UUID.randomUUID());
        var asAgent = TicketFixtures.agent(agent.id(), "Tom Token");
        agentDesk.note(number, asAgent, "Intern: PHP-versie controleren");
        agentDesk.reply(number, asAgent, "We kijken ernaar.", TicketStatus.OPEN);
        var token = token(agent, ApiScope.TICKETS_READ);

        var queue = mvc.perform(bearer(get("/api/v1/tickets"), token)
                        .param("department", "techniek")
                        .param("status", "OPEN")
                        .param("sort", "updated"))
                .andReturn()
                .getResponse();
        var ticket = mvc.perform(bearer(get("/api/v1/tickets/" + number.value()), token))
                .andReturn()
                .getResponse();

        assertThat(queue.getStatus()).isEqualTo(200);
        assertThat(queue.getContentAsString()).contains("\"number\":\"" + number.value() + "\"", "\"next\":");
        assertThat(ticket.getStatus()).isEqualTo(200);
        assertThat(ticket.getContentAsString())
                .contains(
                        "Intern: PHP-versie controleren",
                        "\"internal\":true",
                        "\"author\":\"Tom Token\"",
                        "We kijken ernaar.",
                        "\"history\":");
    }

    @Test
    void a_token_without_tickets_write_cannot_reply_or_change_the_status() throws Exception {
        var agent = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Lees Alleen");
        var number = customersTicket("Alleen lezen");
        var token = token(agent, ApiScope.TICKETS_READ);

        var reply = mvc.perform(bearer(post("/api/v1/tickets/" + number.value() + "/messages"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Mag dit?\"}"))
                .andReturn()
                .getResponse();
        var status = mvc.perform(bearer(post("/api/v1/tickets/" + number.value() + "/status"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RESOLVED\"}"))
                .andReturn()
                .getResponse();

        assertProblem(reply, 403);
        assertThat(reply.getContentAsString()).contains("tickets:write");
        assertProblem(status, 403);
        assertThat(desk.find(number, new nl.loket.tickets.TicketAccess.Account(customerOf(number))))
                .hasValueSatisfying(view -> assertThat(view.status()).isEqualTo(TicketStatus.NEW));
    }

    @Test
    void the_customer_sees_the_team_and_never_an_agent_name_or_an_internal_note() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Karel Klant");
        var number = ticketOf(customer, "Wie antwoordt er?");
        var agent = TicketFixtures.agent(
                TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Geheime Gerda")
                        .id(),
                "Geheime Gerda");
        agentDesk.note(number, agent, "Notitie-voor-collega's");
        agentDesk.reply(number, agent, "Antwoord van het team.", TicketStatus.WAITING_FOR_CUSTOMER);

        var json = mvc.perform(get("/api/v1/tickets/" + number.value()).with(customer.signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json).contains("Antwoord van het team.");
        assertThat(json).doesNotContain("Geheime Gerda", "Notitie-voor-collega's", "internal", "history");
    }

    @Test
    void another_customer_and_guessed_numbers_get_404_problems() throws Exception {
        var a = TestAccounts.create(accounts, Role.CUSTOMER, "Klant A");
        var b = TestAccounts.create(accounts, Role.CUSTOMER, "Klant B");
        var number = ticketOf(a, "Alleen voor A").value();

        assertProblem(
                mvc.perform(get("/api/v1/tickets/" + number).with(b.signedIn()))
                        .andReturn()
                        .getResponse(),
                404);
        assertProblem(send(post("/api/v1/tickets/" + number + "/messages"), b, "{\"text\":\"Hallo\"}"), 404);
        assertProblem(send(post("/api/v1/tickets/" + number + "/status"), b, "{\"status\":\"CLOSED\"}"), 404);
        assertProblem(
                mvc.perform(get("/api/v1/tickets/0000-0000").with(a.signedIn()))
                        .andReturn()
                        .getResponse(),
                404);
        assertProblem(
                mvc.perform(get("/api/v1/tickets/geen-nummer").with(a.signedIn()))
                        .andReturn()
                        .getResponse(),
                404);
        assertThat(mvc.perform(get("/api/v1/tickets").with(b.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(number);
    }

    @Test
    void bad_input_gets_a_problem_that_says_what_is_wrong() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Foute Invoer");
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Strenge Agent");
        var number = ticketOf(customer, "Foute invoer").value();

        var empty = send(
                post("/api/v1/tickets"), customer, "{\"department\":\"techniek\",\"subject\":\"\",\"text\":\" \"}");
        assertProblem(empty, 400);
        assertThat((java.util.List<String>) JsonPath.read(empty.getContentAsString(), "$.errors[*].field"))
                .contains("subject", "text");
        var department = send(
                post("/api/v1/tickets"), customer, "{\"department\":\"nergens\",\"subject\":\"x\",\"text\":\"y\"}");
        assertProblem(department, 400);
        assertThat(department.getContentAsString()).contains("Deze afdeling bestaat niet");
        var unknownStatus = send(post("/api/v1/tickets/" + number + "/status"), agent, "{\"status\":\"KWIJT\"}");
        assertProblem(unknownStatus, 400);
        assertThat(unknownStatus.getContentAsString()).contains("Deze status bestaat niet");
        var illegal = send(post("/api/v1/tickets/" + number + "/status"), agent, "{\"status\":\"NEW\"}");
        assertProblem(illegal, 409);
        assertThat(illegal.getContentAsString()).contains("Deze status kun je niet kiezen.");
        var reopen = send(post("/api/v1/tickets/" + number + "/status"), customer, "{\"status\":\"OPEN\"}");
        assertProblem(reopen, 403);
        var note =
                send(post("/api/v1/tickets/" + number + "/messages"), customer, "{\"text\":\"x\",\"internal\":true}");
        assertProblem(note, 403);
        assertProblem(send(post("/api/v1/tickets/" + number + "/messages"), customer, "{\"text\":"), 400);
        var tooLong = send(
                post("/api/v1/tickets/" + number + "/messages"),
                customer,
                "{\"text\":\"" + "a".repeat(TicketForm.MAX_MESSAGE + 1) + "\"}");
        assertProblem(tooLong, 400);
        var form = mvc.perform(post("/api/v1/tickets/" + number + "/messages")
                        .with(csrf())
                        .with(customer.signedIn())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("text=hallo"))
                .andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(415);
        var filter = mvc.perform(get("/api/v1/tickets").param("status", "KWIJT").with(agent.signedIn()))
                .andReturn()
                .getResponse();
        assertProblem(filter, 400);
    }

    @Test
    void anonymous_callers_get_a_401_problem() throws Exception {
        var response = new WebSession(port).get("/api/v1/tickets", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"Sign-in required\"");
    }

    @Test
    void staff_open_a_ticket_on_behalf_of_an_address() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Telefoon Agent");
        var token = token(agent, ApiScope.TICKETS_WRITE);
        var address = TicketFixtures.uniqueAddress("beller").value();

        var opened = mvc.perform(bearer(post("/api/v1/tickets"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"department":"administratie","subject":"Belde over factuur","text":"Factuur klopt niet.",
                                 "email":"%s","name":"Bea Beller"}"""
                                        .formatted(address)))
                .andReturn()
                .getResponse();
        var withoutAddress = mvc.perform(bearer(post("/api/v1/tickets"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"administratie\",\"subject\":\"x\",\"text\":\"y\"}"))
                .andReturn()
                .getResponse();

        assertThat(opened.getStatus()).isEqualTo(201);
        assertThat(opened.getContentAsString()).contains("\"requesterEmail\":\"" + address + "\"", "Bea Beller");
        assertProblem(withoutAddress, 400);
    }

    @Test
    void the_api_description_documents_the_ticket_operations_their_scopes_and_json() throws Exception {
        var docs = mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/tickets/{number}/messages'].post.security"))
                .hasToString("[{\"apiToken\":[\"tickets:write\"]}]");
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/tickets'].get.security"))
                .hasToString("[{\"apiToken\":[\"tickets:read\"]}]");
        assertThat(docs).contains("\"CustomerTicket\"", "\"AgentTicket\"", "\"NewTicket\"", "\"Queue\"");
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
        assertThat(response.getContentAsString()).contains("\"status\":" + status, "\"title\":");
    }

    private TicketNumber customersTicket(String subject) {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant " + subject);
        return ticketOf(customer, subject);
    }

    private TicketNumber ticketOf(TestAccount customer, String subject) {
        return desk.open(TicketFixtures.question(
                        EmailAddress.of(customer.email()),
                        subject,
                        "Vraag: " + subject,
                        customer.id(),
                        Language.NL,
                        "techniek"))
                .number();
    }

    private nl.loket.accounts.AccountId customerOf(TicketNumber number) {
        return agentDesk
                .find(number, TicketFixtures.agent(new nl.loket.accounts.AccountId(0), "x"))
                .orElseThrow()
                .customer();
    }

    private String token(TestAccount holder, ApiScope... scopes) {
        return tokens.create(
                        EmailAddress.of(holder.email()), new ApiTokens.NewToken("Test", Set.of(scopes), null), null)
                .secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
