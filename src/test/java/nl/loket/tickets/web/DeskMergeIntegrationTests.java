package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Merging duplicates at the desk: a confirmation first, then the customer is led to the target. */
@DatabaseTest
@LoketIntegrationTest
class DeskMergeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_agent_confirms_the_merge_and_then_works_on_with_both_conversations_in_the_target() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Sam Voeger");
        var requester = TicketFixtures.uniqueAddress("balie-dubbel");
        var source = desk.open(TicketFixtures.guestQuestion(requester, "Website plat", "Mijn website is plat"));
        var target = desk.open(TicketFixtures.guestQuestion(requester, "Website nog steeds plat", "Nog steeds plat"));
        var sourcePage = "/desk/tickets/" + source.number().value();
        var targetPage = "/desk/tickets/" + target.number().value();

        mvc.perform(get(sourcePage + "/merge")
                        .param("target", " " + target.number().value() + " ")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Ticket " + source.number().value() + " samenvoegen met "
                                + target.number().value() + "?")))
                .andExpect(content().string(containsString("kan niet ongedaan worden gemaakt")));
        assertThat(statusOf(source.number().value()))
                .as("the confirmation page changes nothing")
                .isEqualTo("NEW");

        mvc.perform(post(sourcePage + "/merge")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("target", target.number().value()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(targetPage));

        mvc.perform(get(targetPage).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn website is plat")))
                .andExpect(content().string(containsString("Nog steeds plat")))
                .andExpect(content()
                        .string(containsString(
                                "Samengevoegd met " + source.number().value())));
        mvc.perform(get(sourcePage).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit ticket is samengevoegd met")))
                .andExpect(content()
                        .string(containsString(
                                "Samengevoegd met " + target.number().value())))
                .andExpect(content().string(not(containsString("name=\"target\""))));
        mvc.perform(get("/api/v1/tickets/" + source.number().value()).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.mergedInto").value(target.number().value()));
        assertThat(statusOf(source.number().value())).isEqualTo("CLOSED");
    }

    @Test
    void the_customer_s_link_and_portal_page_of_the_duplicate_lead_to_the_target() throws Exception {
        var agent = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Kees Klantenservice");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Petra Portaal");
        var email = EmailAddress.of(customer.email());
        var guestSource = desk.open(TicketFixtures.guestQuestion(email, "Als gast", "Gevraagd zonder in te loggen"));
        var portalSource = desk.open(TicketFixtures.question(
                email, "In het portaal", "Gevraagd in het portaal", customer.id(), Language.NL, "techniek"));
        var target = desk.open(TicketFixtures.question(
                email, "Het echte ticket", "Hier gaat het verder", customer.id(), Language.NL, "techniek"));
        merge(agent, guestSource.number().value(), target.number().value());
        merge(agent, portalSource.number().value(), target.number().value());

        var targetLink = "/tickets/" + target.number().value() + "?key=" + guestSource.accessKey();
        mvc.perform(get("/tickets/" + guestSource.number().value()).param("key", guestSource.accessKey()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(targetLink));
        mvc.perform(get("/tickets/" + target.number().value()).param("key", guestSource.accessKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevraagd zonder in te loggen")))
                .andExpect(content().string(containsString("Hier gaat het verder")));
        mvc.perform(get("/portal/tickets/" + portalSource.number().value()).with(customer.signedIn()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/tickets/" + target.number().value()));
        mvc.perform(get("/api/v1/tickets/" + portalSource.number().value()).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mergedInto").value(target.number().value()));
    }

    @Test
    void a_merge_across_customers_is_refused_with_the_reason_and_the_number_typed_stays() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Voorzichtig Agent");
        var ofA = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("a"), "Van A", "Geheim van A"));
        var ofB = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("b"), "Van B", "Geheim van B"));
        var page = "/desk/tickets/" + ofA.number().value();

        mvc.perform(get(page + "/merge").param("target", ofB.number().value()).with(agent.signedIn()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("van verschillende klanten")))
                .andExpect(content()
                        .string(containsString("value=\"" + ofB.number().value() + "\"")));
        mvc.perform(post(page + "/merge")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("target", ofB.number().value()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("van verschillende klanten")));

        assertThat(statusOf(ofA.number().value())).isEqualTo("NEW");
        mvc.perform(get("/tickets/" + ofA.number().value()).param("key", ofA.accessKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Geheim van B"))));
        mvc.perform(get("/tickets/" + ofB.number().value()).param("key", ofA.accessKey()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_missing_a_closed_or_the_same_ticket_is_no_target() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Nauwkeurig Agent");
        var requester = TicketFixtures.uniqueAddress("doel");
        var ticket = desk.open(TicketFixtures.guestQuestion(requester, "Een", "Vraag een"));
        var closed = desk.open(TicketFixtures.guestQuestion(requester, "Dicht", "Vraag dicht"));
        desk.close(closed.number(), new nl.loket.tickets.TicketAccess.Key(closed.accessKey()));
        var page = "/desk/tickets/" + ticket.number().value() + "/merge";

        mvc.perform(get(page).param("target", "0000-0000").with(agent.signedIn()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Er is geen ticket met dit nummer")));
        mvc.perform(get(page).param("target", "\"(*~ AND").with(agent.signedIn()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Er is geen ticket met dit nummer")));
        mvc.perform(get(page).param("target", ticket.number().value()).with(agent.signedIn()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("niet met zichzelf")));
        mvc.perform(get(page).param("target", closed.number().value()).with(agent.signedIn()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dat ticket is gesloten")));
    }

    private void merge(TestAccounts.TestAccount agent, String source, String target) throws Exception {
        mvc.perform(post("/desk/tickets/" + source + "/merge")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("target", target))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/desk/tickets/" + target));
    }

    private String statusOf(String number) {
        return jdbc.queryForObject("select status from ticket where number = ?", String.class, number);
    }
}
