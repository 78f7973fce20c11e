package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The API's optional hold-back: a staff reply with lastSeenMessageId that missed newer messages. */
@DatabaseTest
@LoketIntegrationTest
class TicketApiStaleReplyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketDesk desk;

    @Test
    void a_staff_reply_with_an_old_last_seen_message_gets_409_with_what_to_read_and_a_current_one_is_sent()
            throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Api Anna");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Api Klant");
        var number = ticketOf(customer);
        var read = read(agent, number);
        long seen = ((Number) JsonPath.read(read, "$.lastMessageId")).longValue();
        assertThat(JsonPath.<List<Number>>read(read, "$.messages[*].id")).hasSize(1);
        desk.reply(number, new TicketAccess.Account(customer.id()), "Nog een vraag erbij.");
        long newest = ((Number) JsonPath.read(read(agent, number), "$.lastMessageId")).longValue();

        var heldBack = send(
                agent,
                number,
                """
                {"text":"Antwoord op de oude stand","lastSeenMessageId":%d}""".formatted(seen));
        var sent = send(
                agent,
                number,
                """
                {"text":"Antwoord op de nieuwe stand","lastSeenMessageId":%d}""".formatted(newest));
        var unchecked = send(agent, number, """
                {"text":"Antwoord zonder controle"}""");

        assertThat(heldBack.getStatus()).isEqualTo(409);
        assertThat(heldBack.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<List<Number>>read(heldBack.getContentAsString(), "$.unreadMessageIds"))
                .extracting(Number::longValue)
                .containsExactly(newest);
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(unchecked.getStatus()).isEqualTo(200);
        assertThat(read(agent, number))
                .contains("Antwoord op de nieuwe stand", "Antwoord zonder controle")
                .doesNotContain("Antwoord op de oude stand");
    }

    @Test
    void a_customer_may_not_send_last_seen_message_id() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Api Klant Twee");
        var number = ticketOf(customer);

        var refused = send(customer, number, """
                {"text":"Hallo","lastSeenMessageId":1}""");

        assertThat(refused.getStatus()).isEqualTo(403);
    }

    private TicketNumber ticketOf(TestAccount customer) {
        return desk.open(TicketFixtures.question(
                        EmailAddress.of(customer.email()),
                        "API en verouderde stand",
                        "Mijn FTP-wachtwoord werkt niet.",
                        customer.id(),
                        Language.NL,
                        "techniek"))
                .number();
    }

    private String read(TestAccount agent, TicketNumber number) throws Exception {
        return mvc.perform(get("/api/v1/tickets/" + number.value()).with(agent.signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletResponse send(TestAccount who, TicketNumber number, String json) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + number.value() + "/messages")
                        .with(csrf())
                        .with(who.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }
}
