package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.time.TicketTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Billable time in the pages and the API: agents log it on the desk, customers see blocks and
 * amounts without names, billing downloads the month.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketTimeWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    TicketTime time;

    @Autowired
    AccountManagement accounts;

    @Test
    void two_agents_log_five_minutes_each_and_the_ticket_shows_one_block_with_its_amount_and_the_history()
            throws Exception {
        var first = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Femke Eerste");
        var second = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Sem Tweede");
        var page = "/desk/tickets/" + guestTicket().number().value();

        log(first, page, "5", "true", "Website-cache geleegd");
        log(second, page, "5", "true", "Plugin bijgewerkt");
        log(second, page, "30", "false", "Serverlog bekeken");

        mvc.perform(get(page).with(first.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Femke Eerste")))
                .andExpect(content().string(containsString("Sem Tweede")))
                .andExpect(content()
                        .string(containsString(
                                "Totaal 40 min: 30 min inbegrepen, 10 min betaald = 1 blokken, € 22,50")))
                .andExpect(content().string(containsString("Tijd geschreven: 5 min (betaald)")))
                .andExpect(content().string(containsString("Tijd geschreven: 30 min (inbegrepen)")));
    }

    @Test
    void refused_time_comes_back_with_the_reason_in_the_readers_language_and_what_was_typed() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Invoer Fout");
        var page = "/desk/tickets/" + guestTicket().number().value();

        mvc.perform(post(page + "/time")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("minutes", "0")
                        .param("day", time.today().toString())
                        .param("description", "DNS-records nagekeken"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een aantal minuten in van 1 tot en met 1440.")))
                .andExpect(content().string(containsString("value=\"DNS-records nagekeken\"")));
        mvc.perform(post(page + "/time")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("lang", "en")
                        .param("minutes", "10")
                        .param("day", time.today().plusDays(1).toString())
                        .param("description", "Morgen"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Time cannot be on a day in the future.")));
    }

    @Test
    void a_timer_started_on_the_desk_survives_a_reload_and_stopping_logs_the_time() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Timer Desk");
        var page = "/desk/tickets/" + guestTicket().number().value();

        mvc.perform(post(page + "/time/timer/start")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("billable", "true")
                        .param("description", "Mailbox hersteld"))
                .andExpect(redirectedUrl(page + "#time"));
        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Timer stoppen")))
                .andExpect(content().string(containsString("Mailbox hersteld")));
        mvc.perform(post(page + "/time/timer/stop").with(agent.signedIn()).with(csrf()))
                .andExpect(redirectedUrl(page + "#time"));

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(content().string(containsString("Timer starten")))
                .andExpect(content().string(containsString("Tijd geschreven: 1 min (betaald)")));
    }

    @Test
    void the_customer_sees_days_blocks_and_amounts_but_never_who_did_the_work() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Geheime Naam");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Tijd");
        var other = TestAccounts.create(accounts, Role.CUSTOMER, "Andere Klant");
        var opened = desk.open(TicketFixtures.question(
                EmailAddress.of(customer.email()), "Website traag", "Help", customer.id(), Language.NL, "techniek"));
        var guest = guestTicket();
        var number = opened.number().value();
        log(agent, "/desk/tickets/" + number, "16", "true", "WordPress bijgewerkt");
        log(agent, "/desk/tickets/" + guest.number().value(), "5", "true", "Gastwerk");

        mvc.perform(get("/portal/tickets/" + number).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Betaalde ondersteuning")))
                .andExpect(content().string(containsString("WordPress bijgewerkt")))
                .andExpect(content().string(containsString("€ 45,00")))
                .andExpect(content().string(not(containsString("Geheime Naam"))));
        mvc.perform(get("/tickets/" + guest.number().value()).param("key", guest.accessKey()))
                .andExpect(content().string(containsString("Gastwerk")))
                .andExpect(content().string(containsString("€ 22,50")))
                .andExpect(content().string(not(containsString("Geheime Naam"))));
        mvc.perform(get("/portal/time").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("€ 45,00")))
                .andExpect(content().string(not(containsString("Geheime Naam"))));
        mvc.perform(get("/portal/time").with(other.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number))));
    }

    @Test
    void billing_downloads_the_month_as_csv_per_customer_and_ticket_day_and_agents_may_not() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Csv Agent");
        var billing = TestAccounts.create(accounts, Role.BILLING, "Bea Billing");
        var guest = guestTicket();
        var number = guest.number().value();
        log(agent, "/desk/tickets/" + number, "20", "true", "=cmd|' /C calc'!A0");
        var month = YearMonth.from(time.today()).toString();

        mvc.perform(get("/desk/time").param("month", month).with(billing.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("€ 45,00")));
        var csv = mvc.perform(get("/desk/time/export").param("month", month).with(billing.signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "customer;email;ticket;subject;day;billable_minutes;blocks;rate_per_block;amount;description")
                .contains(";" + number + ";Website kapot;" + time.today() + ";20;2;22,50;45,00;'=cmd|' /C calc'!A0");
        mvc.perform(get("/desk/time").with(agent.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/desk/time/export").with(agent.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/desk/time").param("month", "november").with(billing.signedIn()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staff_log_and_read_time_over_the_api_and_customers_read_only_blocks_of_their_own() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Api Agent");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Api Klant");
        var opened = desk.open(TicketFixtures.question(
                EmailAddress.of(customer.email()), "Api tijd", "Help", customer.id(), Language.NL, "techniek"));
        var path = "/api/v1/tickets/" + opened.number().value() + "/time";

        mvc.perform(post(path)
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\": 31, \"billable\": true, \"description\": \"Migratie\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entries[0].agent.name").value("Api Agent"))
                .andExpect(jsonPath("$.blocks").value(3))
                .andExpect(jsonPath("$.amount.amount").value(67.50));
        mvc.perform(post(path)
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\": 2000, \"description\": \"Te lang\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("minutes"));
        mvc.perform(get(path).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].blocks").value(3))
                .andExpect(jsonPath("$.days[0].description").value("Migratie"))
                .andExpect(content().string(not(containsString("Api Agent"))));
        mvc.perform(post(path)
                        .with(customer.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\": 5, \"description\": \"Zelf\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void log(TestAccount agent, String page, String minutes, String billable, String description)
            throws Exception {
        mvc.perform(post(page + "/time")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("minutes", minutes)
                        .param("day", time.today().toString())
                        .param("billable", billable)
                        .param("description", description))
                .andExpect(redirectedUrl(page + "#time"));
    }

    private OpenedTicket guestTicket() {
        return desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("tijd"), "Website kapot", "Mijn website geeft een fout."));
    }
}
