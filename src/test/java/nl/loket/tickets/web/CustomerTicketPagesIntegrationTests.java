package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.accounts.AccountManagement;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer's own ticket, by private link or in the portal, and nobody else's: wrong keys, other
 * customers and guessed numbers all get the same 404, and the page never names an agent.
 */
@DatabaseTest
@LoketIntegrationTest
class CustomerTicketPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.loket.tickets.servicelevel.ServiceLevels levels;

    @Autowired
    nl.loket.tickets.servicelevel.CustomerServiceLevels customerLevels;

    @Test
    void the_private_link_shows_the_conversation_and_lets_the_guest_reply_and_close() throws Exception {
        var opened = guestTicket("Wachtwoord mailbox vergeten");
        var link = "/tickets/" + opened.number().value();

        mvc.perform(get(link).param("key", opened.accessKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wachtwoord mailbox vergeten")))
                .andExpect(content().string(containsString("Nieuw")))
                .andExpect(content()
                        .string(containsString("href=\"" + link + "?key=" + opened.accessKey() + "&amp;lang=en\"")));
        mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .param("key", opened.accessKey())
                        .param("text", "Aanvulling"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(link + "?key=" + opened.accessKey()));
        mvc.perform(post(link + "/close").with(csrf()).param("key", opened.accessKey()))
                .andExpect(status().isFound());

        mvc.perform(get(link).param("key", opened.accessKey()))
                .andExpect(content().string(containsString("Aanvulling")))
                .andExpect(content().string(containsString("Gesloten")))
                .andExpect(content().string(not(containsString("name=\"text\""))));
    }

    @Test
    void an_empty_reply_comes_back_with_a_message_and_a_reply_to_a_closed_ticket_is_refused() throws Exception {
        var opened = guestTicket("Leeg antwoord");
        var link = "/tickets/" + opened.number().value();

        mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .param("key", opened.accessKey())
                        .param("text", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Schrijf eerst je bericht.")));
        desk.close(opened.number(), new nl.loket.tickets.TicketAccess.Key(opened.accessKey()));
        mvc.perform(post(link + "/reply")
                        .with(csrf())
                        .param("key", opened.accessKey())
                        .param("text", "Nog iets"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Deze vraag is gesloten")));
    }

    @Test
    void a_wrong_key_a_missing_key_and_a_guessed_number_all_answer_not_found() throws Exception {
        var opened = guestTicket("Geheim");
        var link = "/tickets/" + opened.number().value();
        var otherKey = guestTicket("Ander ticket").accessKey();

        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(get(link).param("key", "geraden")).andExpect(status().isNotFound());
        mvc.perform(get(link).param("key", otherKey)).andExpect(status().isNotFound());
        mvc.perform(get(link + "/received").param("key", otherKey)).andExpect(status().isNotFound());
        mvc.perform(get("/tickets/0000-0000").param("key", opened.accessKey())).andExpect(status().isNotFound());
        mvc.perform(post(link + "/reply").with(csrf()).param("key", otherKey).param("text", "Inbraak"))
                .andExpect(status().isNotFound());
        mvc.perform(post(link + "/close").with(csrf()).param("key", "geraden")).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject(
                        "select status from ticket where number = ?",
                        String.class,
                        opened.number().value()))
                .isEqualTo("NEW");
    }

    @Test
    void the_portal_tells_a_customer_what_their_service_level_promises() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Sara Servicelevel");

        mvc.perform(get("/portal/tickets").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Je servicelevel: Best Effort")))
                .andExpect(content().string(containsString("8 uur werktijd")))
                .andExpect(content().string(containsString("we garanderen ze niet")));

        var business = levels.all().stream()
                .filter(level -> level.name().equals("Zakelijk"))
                .findFirst()
                .orElseThrow();
        customerLevels.choose(customer.id(), business.id(), customer.id());

        mvc.perform(get("/portal/tickets").with(customer.signedIn()))
                .andExpect(content().string(containsString("Je servicelevel: Zakelijk")))
                .andExpect(content().string(containsString("24 uur werktijd")))
                .andExpect(content().string(containsString("Deze tijden zijn gegarandeerd.")));
    }

    @Test
    void a_customer_sees_their_own_tickets_in_the_portal_and_never_another_customer_s() throws Exception {
        var alice = TestAccounts.create(accounts, Role.CUSTOMER, "Alice Portaal");
        var bob = TestAccounts.create(accounts, Role.CUSTOMER, "Bob Portaal");
        var alices = customerTicket(alice, "Alice haar domein");
        var bobs = customerTicket(bob, "Bob zijn factuur");

        mvc.perform(get("/portal/tickets").with(alice.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alice haar domein")))
                .andExpect(content().string(not(containsString("Bob zijn factuur"))));
        mvc.perform(get("/portal/tickets/" + alices.number().value()).with(alice.signedIn()))
                .andExpect(status().isOk());
        mvc.perform(get("/portal/tickets/" + bobs.number().value()).with(alice.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/tickets/" + bobs.number().value() + "/reply")
                        .with(csrf())
                        .with(alice.signedIn())
                        .param("text", "Meelezen"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/tickets/" + bobs.number().value() + "/close")
                        .with(csrf())
                        .with(alice.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/tickets/not-a-number").with(alice.signedIn())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from ticket_message m join ticket t on t.id = m.ticket_id where t.number = ?",
                        Integer.class,
                        bobs.number().value()))
                .isEqualTo(1);
    }

    @Test
    void a_customer_reply_in_the_portal_brings_a_waiting_ticket_back_to_the_agents() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Wachtende Klant");
        var ticket = customerTicket(customer, "Wacht op mij");
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Wacht");
        agentDesk.reply(
                ticket.number(),
                TicketFixtures.agent(agent.id(), "Agent Wacht"),
                "Kunt u de foutmelding sturen?",
                TicketStatus.WAITING_FOR_CUSTOMER);

        mvc.perform(post("/portal/tickets/" + ticket.number().value() + "/reply")
                        .with(csrf())
                        .with(customer.signedIn())
                        .param("text", "Hier is de foutmelding: 550"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/tickets/" + ticket.number().value()));

        assertThat(jdbc.queryForObject(
                        "select status from ticket where number = ?",
                        String.class,
                        ticket.number().value()))
                .isEqualTo("OPEN");
        mvc.perform(get("/portal/tickets/" + ticket.number().value()).with(customer.signedIn()))
                .andExpect(content().string(containsString("Team Loket Support")))
                .andExpect(content().string(containsString("Kunt u de foutmelding sturen?")))
                .andExpect(content().string(not(containsString("Agent Wacht"))));
    }

    @Test
    void the_confirmation_page_offers_the_best_articles_and_yes_closes_the_question() throws Exception {
        var opened = guestTicket("Ja sluiten");
        var link = "/tickets/" + opened.number().value();

        mvc.perform(get(link + "/received").param("key", opened.accessKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(opened.number().value())));
        mvc.perform(post(link + "/close")
                        .with(csrf())
                        .param("key", opened.accessKey())
                        .param("from", "confirmation"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fijn dat je geholpen bent")));

        assertThat(jdbc.queryForObject(
                        "select status from ticket where number = ?",
                        String.class,
                        opened.number().value()))
                .isEqualTo("CLOSED");
    }

    private OpenedTicket guestTicket(String subject) {
        return desk.open(
                TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("pagina"), subject, "Tekst bij " + subject));
    }

    private OpenedTicket customerTicket(TestAccount customer, String subject) {
        return desk.open(TicketFixtures.question(
                EmailAddress.of(customer.email()),
                subject,
                "Tekst bij " + subject,
                customer.id(),
                Language.NL,
                "techniek"));
    }
}
