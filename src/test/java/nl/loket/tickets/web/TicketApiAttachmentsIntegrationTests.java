package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Files and channels over the ticket API: messages written over the API say so, files go up as
 * multipart under the web forms' policy, are listed in the ticket (a customer never sees a note's)
 * and come down through the same per-ticket checks.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketApiAttachmentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketDesk desk;

    @Autowired
    ApiTokens tokens;

    private TestAccount customer;
    private TestAccount agent;
    private String token;
    private String number;

    @BeforeEach
    void a_customers_ticket_and_an_agent_with_a_token() {
        customer = TestAccounts.create(accounts, Role.CUSTOMER, "Bea Bijlage");
        agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Piet Post");
        token = tokens.create(
                        EmailAddress.of(agent.email()),
                        new ApiTokens.NewToken("Test", Set.of(ApiScope.TICKETS_READ, ApiScope.TICKETS_WRITE), null),
                        null)
                .secret();
        number = desk.open(TicketFixtures.question(
                        EmailAddress.of(customer.email()),
                        "Bestanden via de API",
                        "Vraag met bestanden",
                        customer.id(),
                        Language.NL,
                        "techniek"))
                .number()
                .value();
    }

    @Test
    void messages_written_over_the_api_by_staff_and_by_the_customer_have_the_channel_api() throws Exception {
        mvc.perform(bearer(post("/api/v1/tickets/" + number + "/messages"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Antwoord via de API\"}"));
        mvc.perform(post("/api/v1/tickets/" + number + "/messages")
                .with(customer.signedIn())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Reactie via de API\"}"));

        var ticket = read(bearer(get("/api/v1/tickets/" + number)));
        assertThat(JsonPath.<List<String>>read(ticket, "$.messages[*].channel")).containsExactly("WEB", "API", "API");
    }

    @Test
    void a_customer_sends_a_file_with_a_reply_sees_it_listed_and_downloads_it() throws Exception {
        var log = ("fout 500 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var sent = mvc.perform(multipart("/api/v1/tickets/" + number + "/messages")
                        .file(new MockMultipartFile("files", "error.log", "text/plain", log))
                        .param("text", "Hier is het logbestand.")
                        .with(customer.signedIn())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(200);
        var json = sent.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.messages[1].files[0].name")).isEqualTo("error.log");
        assertThat(JsonPath.<Integer>read(json, "$.messages[1].files[0].size")).isEqualTo(log.length);
        assertThat(JsonPath.<String>read(json, "$.messages[1].files[0].type")).isEqualTo("text/plain");
        String url = JsonPath.read(json, "$.messages[1].files[0].url");
        assertThat(url).matches("/api/v1/tickets/" + number + "/attachments/\\d+");

        var download =
                mvc.perform(get(url).with(customer.signedIn())).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(log);
        assertThat(mvc.perform(bearer(get(url))).andReturn().getResponse().getContentAsByteArray())
                .as("staff download it too")
                .isEqualTo(log);
    }

    @Test
    void a_file_on_a_note_is_listed_for_staff_but_the_customer_neither_sees_nor_downloads_it() throws Exception {
        var secret = ("intern " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        var noted = mvc.perform(bearer(multipart("/api/v1/tickets/" + number + "/messages"))
                        .file(new MockMultipartFile("files", "intern.txt", "text/plain", secret))
                        .param("text", "Notitie met bestand")
                        .param("internal", "true"))
                .andReturn()
                .getResponse();
        assertThat(noted.getStatus()).as(noted.getContentAsString()).isEqualTo(200);
        String url = JsonPath.read(noted.getContentAsString(), "$.messages[1].files[0].url");
        assertThat(JsonPath.<Boolean>read(noted.getContentAsString(), "$.messages[1].internal"))
                .isTrue();

        var asCustomer = read(get("/api/v1/tickets/" + number).with(customer.signedIn()));
        assertThat(asCustomer).doesNotContain("intern.txt", "Notitie met bestand", url);
        var refused =
                mvc.perform(get(url).with(customer.signedIn())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(bearer(get(url))).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(secret);
    }

    @Test
    void a_refused_file_gets_a_problem_that_names_it_and_nothing_is_stored() throws Exception {
        var exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        var response = mvc.perform(bearer(multipart("/api/v1/tickets/" + number + "/messages"))
                        .file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", exe))
                        .param("text", "Installeer dit."))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var json = response.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.errors[0].field")).isEqualTo("files");
        assertThat(JsonPath.<String>read(json, "$.errors[0].file")).isEqualTo("setup.exe");
        assertThat(JsonPath.<String>read(json, "$.errors[0].message"))
                .isEqualTo("setup.exe: dit bestandstype is niet toegestaan");
        assertThat(read(bearer(get("/api/v1/tickets/" + number)))).doesNotContain("Installeer dit.");
    }

    @Test
    void staff_open_a_ticket_with_a_file_as_multipart_and_invalid_fields_are_a_problem() throws Exception {
        var pdf = DeskAttachmentsIntegrationTests.pdf();
        var opened = mvc.perform(bearer(multipart("/api/v1/tickets"))
                        .file(new MockMultipartFile("files", "contract.pdf", "application/pdf", pdf))
                        .param("department", "techniek")
                        .param("subject", "Contract via de API")
                        .param("text", "Zie het contract.")
                        .param("email", TicketFixtures.uniqueAddress("api-open").value())
                        .param("name", "Karel Klant"))
                .andReturn()
                .getResponse();
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        assertThat(JsonPath.<String>read(opened.getContentAsString(), "$.messages[0].files[0].name"))
                .isEqualTo("contract.pdf");
        assertThat(JsonPath.<String>read(opened.getContentAsString(), "$.messages[0].channel"))
                .isEqualTo("API");

        var invalid = mvc.perform(bearer(multipart("/api/v1/tickets"))
                        .file(new MockMultipartFile("files", "contract.pdf", "application/pdf", pdf))
                        .param("department", "techniek")
                        .param("subject", "")
                        .param("text", "Zonder onderwerp"))
                .andReturn()
                .getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");
        assertThat(invalid.getContentAsString()).contains("\"field\":\"subject\"");
    }

    @Test
    void the_api_description_documents_the_download_with_its_scope_and_problems() throws Exception {
        var docs = read(get("/api-docs"));

        var download = "$.paths['/api/v1/tickets/{number}/attachments/{id}'].get";
        assertThat(JsonPath.<Object>read(docs, download + ".security"))
                .hasToString("[{\"apiToken\":[\"tickets:read\"]}]");
        assertThat(JsonPath.<Object>read(docs, download + ".responses['404']")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, download + ".responses['401']")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/tickets/{number}'].get.responses['404']"))
                .isNotNull();
        assertThat(docs).contains("\"ApiFile\"", "multipart/form-data");
    }

    private String read(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private <T extends AbstractMockHttpServletRequestBuilder<T>> T bearer(T request) {
        return request.header("Authorization", "Bearer " + token);
    }
}
