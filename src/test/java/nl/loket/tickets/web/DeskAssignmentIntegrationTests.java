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
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Giving a ticket to a colleague or another department: history, queues, and nothing for the customer. */
@DatabaseTest
@LoketIntegrationTest
class DeskAssignmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_agent_gives_a_ticket_to_a_colleague_who_then_finds_it_under_mine() throws Exception {
        var giver = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Gea Gever");
        var taker = TestAccounts.create(accounts, Role.BILLING, "Tom Toegewezen");
        var subject = "Factuur klopt niet " + UUID.randomUUID();
        var opened = open(subject);
        var page = "/desk/tickets/" + opened.number().value();

        act(giver, page + "/assign", "assignee", String.valueOf(taker.id().value()));

        mvc.perform(get(page).with(giver.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Behandelaar: Tom Toegewezen")))
                .andExpect(content().string(containsString("Gea Gever")));
        mvc.perform(get("/desk").param("who", "mine").param("status", "all").with(taker.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
        mvc.perform(get("/desk").param("who", "mine").param("status", "all").with(giver.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(subject))));
        assertThat(jdbc.queryForList(
                        "select h.actor_name from ticket_history h join ticket t on t.id = h.ticket_id"
                                + " where t.number = ? and h.change_kind = 'ASSIGNEE'",
                        String.class,
                        opened.number().value()))
                .containsExactly("Gea Gever");
    }

    @Test
    void the_customer_sees_neither_the_assignee_nor_the_hand_over_note() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anoniem Blijver");
        var colleague = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Verborgen Collega");
        var opened = open("Mijn domein verloopt");
        var number = opened.number().value();
        var page = "/desk/tickets/" + number;

        act(agent, page + "/assign", "assignee", String.valueOf(colleague.id().value()));
        act(agent, page + "/hand-over", "department", "administratie", "note", "Geheime overdrachtsnotitie");

        mvc.perform(get("/tickets/" + number).param("key", opened.accessKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Administratie")))
                .andExpect(content().string(not(containsString("Anoniem Blijver"))))
                .andExpect(content().string(not(containsString("Verborgen Collega"))))
                .andExpect(content().string(not(containsString("Geheime overdrachtsnotitie"))));
    }

    @Test
    void a_hand_over_moves_the_ticket_unassigned_to_the_other_department_with_the_note_in_the_history()
            throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Hans Overdrager");
        var subject = "Overdracht " + UUID.randomUUID();
        var opened = open(subject);
        var page = "/desk/tickets/" + opened.number().value();
        act(agent, page + "/claim");

        act(agent, page + "/hand-over", "department", "administratie", "note", "Dit is een betaalvraag");

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Overgedragen van Technische ondersteuning naar Administratie")))
                .andExpect(content().string(containsString("Behandelaar: Niemand")))
                .andExpect(content().string(containsString("Dit is een betaalvraag")));
        mvc.perform(get("/desk")
                        .param("department", "administratie")
                        .param("status", "all")
                        .param("who", "unassigned")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
        mvc.perform(get("/desk")
                        .param("department", "techniek")
                        .param("status", "all")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(subject))));
    }

    @Test
    void a_ticket_goes_only_to_desk_staff_and_an_existing_other_department_and_a_long_note_is_kept() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Streng Agent");
        var editor = TestAccounts.create(accounts, Role.KNOWLEDGE_EDITOR, "Geen Balie");
        var page = "/desk/tickets/" + open("Grenzen").number().value();

        mvc.perform(post(page + "/assign")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("assignee", String.valueOf(editor.id().value())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("actieve collega die aan de balie werkt")));
        mvc.perform(post(page + "/assign").with(csrf()).with(agent.signedIn()).param("assignee", "rommel"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/hand-over")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("department", "techniek"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("hoort al bij deze afdeling")));
        mvc.perform(post(page + "/hand-over")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("department", "kwijt"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Deze afdeling bestaat niet")));
        var longNote = "lang " + "x".repeat(20_000);
        mvc.perform(post(page + "/hand-over")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("department", "administratie")
                        .param("note", longNote))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De notitie is te lang")))
                .andExpect(content().string(containsString(longNote)));
    }

    private OpenedTicket open(String subject) {
        return desk.open(
                TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("assign"), subject, "Tekst bij " + subject));
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
