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

import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The agents' desk: queue, the whole ticket with who wrote what, and every action in the history. */
@DatabaseTest
@LoketIntegrationTest
class DeskIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_agent_claims_answers_notes_and_changes_a_ticket_and_the_history_names_them() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Daan Desk");
        var number = open("Website geeft 500");
        var page = "/desk/tickets/" + number.value();

        act(agent, page + "/claim");
        act(agent, page + "/priority", "priority", "HIGH");
        act(agent, page + "/note", "text", "Lijkt op de PHP-update van gisteren");
        act(agent, page + "/reply", "text", "We kijken ernaar.", "status", "ON_HOLD");
        act(agent, page + "/status", "status", "RESOLVED");

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lijkt op de PHP-update van gisteren")))
                .andExpect(content().string(containsString("Interne notitie")))
                .andExpect(content().string(containsString("We kijken ernaar.")))
                .andExpect(content().string(containsString("Daan Desk")))
                .andExpect(content().string(containsString("Status van In de wacht naar Opgelost")))
                .andExpect(content().string(containsString("Prioriteit van Normaal naar Hoog")))
                .andExpect(content().string(containsString("Behandelaar: Daan Desk")))
                .andExpect(content().string(containsString("Interne notitie geschreven")));
        assertThat(jdbc.queryForList(
                        "select h.change_kind from ticket_history h join ticket t on t.id = h.ticket_id"
                                + " where t.number = ? order by h.id",
                        String.class,
                        number.value()))
                .containsExactly(
                        "OPENED", "ASSIGNEE", "STATUS", "PRIORITY", "NOTE_ADDED", "STAFF_REPLIED", "STATUS", "STATUS");
    }

    @Test
    void the_queue_lists_new_tickets_of_a_department_and_links_to_them() throws Exception {
        var agent = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Queue Kijker");
        var subject = "Wachtrij-vraag " + UUID.randomUUID();
        var number = open(subject);

        mvc.perform(get("/desk")
                        .param("department", "techniek")
                        .param("sort", "updated")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("/desk/tickets/" + number.value())));
        mvc.perform(get("/desk")
                        .param("department", "administratie")
                        .param("sort", "updated")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(subject))));
    }

    @Test
    void nonsense_filters_fall_back_to_the_default_queue() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Filter Agent");

        mvc.perform(get("/desk")
                        .param("department", "bestaat-niet")
                        .param("status", "KWIJT")
                        .param("priority", "HEEL_HOOG")
                        .param("who", "iedereen")
                        .param("sort", "willekeurig")
                        .param("after", "rommel")
                        .with(agent.signedIn()))
                .andExpect(status().isOk());
    }

    @Test
    void an_empty_reply_keeps_the_note_and_a_nonsense_status_or_priority_is_a_bad_request() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Leeg Agent");
        var page = "/desk/tickets/" + open("Lege reactie").value();

        mvc.perform(post(page + "/reply").with(csrf()).with(agent.signedIn()).param("text", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Schrijf eerst een tekst.")));
        mvc.perform(post(page + "/status").with(csrf()).with(agent.signedIn()).param("status", "KWIJT"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/status").with(csrf()).with(agent.signedIn()).param("status", "NEW"))
                .andExpect(status().isConflict());
        mvc.perform(post(page + "/priority").with(csrf()).with(agent.signedIn()).param("priority", "HEEL_HOOG"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/desk/tickets/0000-0000").with(agent.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void knowledge_editors_and_customers_do_not_work_at_the_desk() throws Exception {
        var editor = TestAccounts.create(accounts, Role.KNOWLEDGE_EDITOR, "Redacteur");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant");
        var page = "/desk/tickets/" + open("Niet voor jou").value();

        for (var outsider : new TestAccount[] {editor, customer}) {
            mvc.perform(get("/desk").with(outsider.signedIn())).andExpect(status().isForbidden());
            mvc.perform(get(page).with(outsider.signedIn())).andExpect(status().isForbidden());
            mvc.perform(post(page + "/note")
                            .with(csrf())
                            .with(outsider.signedIn())
                            .param("text", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    private TicketNumber open(String subject) {
        return desk.open(TicketFixtures.guestQuestion(
                        TicketFixtures.uniqueAddress("desk"), subject, "Tekst bij " + subject))
                .number();
    }

    private void act(TestAccount agent, String path, String... fields) throws Exception {
        var request = post(path).with(csrf()).with(agent.signedIn());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        var number = path.replaceAll("/desk/tickets/([^/]+)/.*", "$1");
        mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/desk/tickets/" + number));
    }
}
