package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service level at the desk: the ticket page's panel as the clocks run, pause, warn, breach and
 * stop; giving a ticket another level with a reason; a customer's level, which billing changes and
 * the desk only sees. The tickets get "Premium 24x7" (calendar time: the first response is due an
 * hour after the opening), so that what the page says does not depend on the weekday; the app's
 * clock is moved forward to see the warning and the breach.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskServiceLevelIntegrationTests {

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
    TestClock clock;

    @Autowired
    TicketTimes times;

    @AfterEach
    void back_to_the_real_time() {
        clock.reset();
    }

    @Test
    void the_panel_shows_the_level_and_a_clock_on_track_then_almost_late_then_late() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Sanne Schema");
        var opened = premiumTicket(agent, "Site ligt eruit");
        var page = "/desk/tickets/" + opened.number().value();
        var due = agentDesk
                .find(opened.number(), TicketFixtures.agent(agent.id(), agent.email()))
                .orElseThrow()
                .serviceLevel()
                .clocks()
                .stream()
                .filter(c -> c.clock() == ServiceClock.FIRST_RESPONSE)
                .findFirst()
                .orElseThrow()
                .due();

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Premium 24x7")))
                .andExpect(content().string(containsString("Gegarandeerd")))
                .andExpect(content().string(containsString("Eerste reactie")))
                .andExpect(content().string(containsString("1 u kalendertijd")))
                .andExpect(content().string(containsString(times.format(due))))
                .andExpect(content().string(containsString("Op schema: nog ")))
                .andExpect(content().string(containsString("data-state=\"RUNNING\"")));

        clock.advance(Duration.ofMinutes(50));
        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Bijna te laat: nog ")))
                .andExpect(content().string(containsString("data-state=\"AT_RISK\"")));

        clock.advance(Duration.ofMinutes(20));
        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Te laat: 10 min over de tijd")))
                .andExpect(content().string(containsString("data-state=\"BREACHED\"")));
    }

    @Test
    void a_late_reply_is_missed_and_waiting_for_the_customer_stops_the_resolution_clock() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Pim Pauze");
        var opened = premiumTicket(agent, "Mail komt niet aan");
        var page = "/desk/tickets/" + opened.number().value();
        clock.advance(Duration.ofMinutes(70));

        mvc.perform(post(page + "/reply")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("text", "Welk adres bedoelt u?")
                        .param("status", "WAITING_FOR_CUSTOMER"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Niet gehaald: na 1 u 10 min")))
                .andExpect(content().string(containsString("Klok staat stil: wacht op klant")))
                .andExpect(content().string(containsString("data-state=\"MISSED\"")))
                .andExpect(content().string(containsString("data-state=\"PAUSED\"")));

        desk.reply(opened.number(), new TicketAccess.Key(opened.accessKey()), "info@voorbeeld.nl");
        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Volgende reactie")))
                .andExpect(content().string(not(containsString("Klok staat stil"))));
    }

    @Test
    void a_reply_in_time_is_met_with_the_time_it_took() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Mila Meteen");
        var opened = premiumTicket(agent, "Vraag over DNS");
        clock.advance(Duration.ofMinutes(25));
        agentDesk.reply(
                opened.number(), TicketFixtures.agent(agent.id(), "Mila Meteen"), "Zo doet u dat.", TicketStatus.OPEN);

        mvc.perform(get("/desk/tickets/" + opened.number().value()).with(agent.signedIn()))
                .andExpect(content().string(containsString("Gehaald: binnen 25 min")))
                .andExpect(content().string(containsString("data-state=\"MET\"")));
    }

    @Test
    void staff_change_the_level_with_a_reason_that_the_history_shows() throws Exception {
        var agent = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Rik Reden");
        var opened = guestTicket("Upgrade");
        var page = "/desk/tickets/" + opened.number().value();

        mvc.perform(post(page + "/service-level")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("level", String.valueOf(premium().id()))
                        .param("reason", "Klant heeft vandaag Premium afgesloten"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "tickets.desk.sla.changed"));

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Servicelevel van Best Effort naar Premium 24x7. Reden: Klant heeft vandaag Premium afgesloten")))
                .andExpect(content().string(containsString("Rik Reden")));
    }

    @Test
    void a_change_without_a_reason_or_to_an_unknown_level_shows_the_page_again_and_changes_nothing() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Fien Fout");
        var opened = guestTicket("Zonder reden");
        var page = "/desk/tickets/" + opened.number().value();

        mvc.perform(post(page + "/service-level")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("level", String.valueOf(premium().id()))
                        .param("reason", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Geef een reden op voor het andere servicelevel")));
        mvc.perform(post(page + "/service-level")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("level", "999999999")
                        .param("reason", "Mijn getypte reden"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies een van de servicelevels.")))
                .andExpect(content().string(containsString("value=\"Mijn getypte reden\"")));
        mvc.perform(post(page + "/service-level")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("level", "rommel")
                        .param("reason", "x"))
                .andExpect(status().isBadRequest());

        assertThat(agentDesk
                        .find(opened.number(), TicketFixtures.agent(agent.id(), "Fien Fout"))
                        .orElseThrow()
                        .serviceLevel()
                        .level()
                        .name())
                .isEqualTo("Best Effort");
    }

    @Test
    void an_agent_sees_a_customer_s_level_but_only_billing_changes_it_and_new_tickets_take_it() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Alex Agent");
        var billing = TestAccounts.create(accounts, Role.BILLING, "Bo Boekhouding");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Zakelijk");
        var page = "/desk/customers/" + customer.id().value() + "/service-level";

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Best Effort")))
                .andExpect(content().string(containsString("standaard")))
                .andExpect(content().string(not(containsString("name=\"level\""))))
                .andExpect(content().string(containsString("Alleen de administratie en beheerders")));
        mvc.perform(post(page)
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("level", String.valueOf(premium().id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/desk/customers/" + customer.id().value()).with(agent.signedIn()))
                .andExpect(content().string(containsString("href=\"" + page + "\"")))
                .andExpect(content().string(containsString("Best Effort")));

        mvc.perform(post(page)
                        .with(csrf())
                        .with(billing.signedIn())
                        .param("level", String.valueOf(zakelijk().id())))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "tickets.desk.customer-sla.saved"));
        mvc.perform(get(page).with(billing.signedIn()))
                .andExpect(content().string(containsString("name=\"level\"")))
                .andExpect(content().string(containsString("<strong>Zakelijk</strong>")));

        var opened = desk.open(TicketFixtures.question(
                TicketFixtures.uniqueAddress("zakelijk"),
                "Nieuwe vraag",
                "Tekst",
                customer.id(),
                Language.NL,
                "techniek"));
        assertThat(agentDesk
                        .find(opened.number(), TicketFixtures.agent(agent.id(), "Alex Agent"))
                        .orElseThrow()
                        .serviceLevel()
                        .level()
                        .name())
                .isEqualTo("Zakelijk");
    }

    @Test
    void the_customer_level_page_knows_only_customers_and_refuses_an_unknown_level() throws Exception {
        var billing = TestAccounts.create(accounts, Role.BILLING, "Bram Billing");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Onbekend");

        mvc.perform(get("/desk/customers/999999999/service-level").with(billing.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/desk/customers/" + billing.id().value() + "/service-level")
                        .with(billing.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/desk/customers/" + customer.id().value() + "/service-level")
                        .with(csrf())
                        .with(billing.signedIn())
                        .param("level", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies een van de servicelevels.")));
    }

    private OpenedTicket premiumTicket(TestAccount agent, String subject) {
        var opened = guestTicket(subject);
        agentDesk.changeServiceLevel(
                opened.number(),
                TicketFixtures.agent(agent.id(), "Test"),
                premium().id(),
                "Test in kalendertijd");
        return opened;
    }

    private OpenedTicket guestTicket(String subject) {
        return desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("sla"), subject, "Tekst"));
    }

    private ServiceLevelDetails premium() {
        return level("Premium 24x7");
    }

    private ServiceLevelDetails zakelijk() {
        return level("Zakelijk");
    }

    private ServiceLevelDetails level(String name) {
        return levels.all().stream()
                .filter(level -> level.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
