package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.calendar.BusinessCalendars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Bel mij terug" as a visitor fills it in, and the call attempts as an agent records them. */
@DatabaseTest
@LoketIntegrationTest
class CallbackPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void a_guest_asks_to_be_called_back_and_lands_on_the_private_page_with_number_and_window() throws Exception {
        var day = workingDay();
        var sent = mvc.perform(form("06 12 34 56 78", day.toString(), "MORNING"))
                .andExpect(status().isFound())
                .andReturn();
        var location = sent.getResponse().getRedirectedUrl();
        assertThat(location).matches("/tickets/\\d{4}-\\d{4}\\?key=.+");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Terugbelverzoek: Mijn domein is verlopen"),
                                containsString("Graag terugbellen op 0612345678"),
                                containsString("tussen 09:00 en 12:00"))));
    }

    @Test
    void the_ticket_form_points_to_the_callback_form() throws Exception {
        mvc.perform(get("/tickets/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/tickets/callback\"")));
        mvc.perform(get("/tickets/callback"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Liever gebeld worden?"),
                                containsString("tussen 09:00 en 12:00"),
                                containsString("type=\"tel\""))));
    }

    @Test
    void a_wrong_number_or_a_closed_day_is_explained_and_everything_typed_is_kept() throws Exception {
        var saturday = LocalDate.now(CallbackWindow.ZONE).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

        mvc.perform(form("bel me maar", workingDay().toString(), "MORNING"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vul een telefoonnummer in waarop we je kunnen bellen"),
                                containsString("value=\"bel me maar\""),
                                containsString("value=\"Mijn domein is verlopen\""))));
        mvc.perform(form("0612345678", saturday.toString(), "AFTERNOON"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Op die dag zijn we gesloten"),
                                containsString("value=\"" + saturday + "\""),
                                containsString("value=\"0612345678\""))));
        mvc.perform(form("0612345678", "morgen", "ALTIJD"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kies de dag waarop we je kunnen bellen."),
                                containsString("Kies een tijdvak."))));
    }

    @Test
    void an_agent_sees_whom_to_call_and_when_and_records_each_attempt_in_the_history() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Hanna Hoorn");
        var location = mvc.perform(form("+31 (0)20 123 4567", workingDay().toString(), "LATE_AFTERNOON"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var number = location.replaceAll("/tickets/(\\d{4}-\\d{4}).*", "$1");
        var page = "/desk/tickets/" + number;

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"tel:+31201234567\""),
                                containsString("0201234567"),
                                containsString("tussen 15:00 en 17:00"))));
        mvc.perform(post(page + "/callback-attempts")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("outcome", "NO_ANSWER")
                        .param("note", "Ging over, geen voicemail."))
                .andExpect(status().isFound());
        mvc.perform(post(page + "/callback-attempts")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("outcome", "RESCHEDULED")
                        .param("note", "Liever morgen bellen"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kies voor een nieuwe afspraak een dag en een tijdvak."),
                                containsString("Liever morgen bellen"))));

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Terugbelpoging: niet bereikt"),
                                containsString("Ging over, geen voicemail."),
                                containsString("Hanna Hoorn"))));
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Ging over, geen voicemail.")),
                                not(containsString("Hanna Hoorn")))));
    }

    @Test
    void a_robot_and_a_flood_from_one_address_are_stopped_with_a_message_like_on_the_ticket_form() throws Exception {
        mvc.perform(form(
                        "0612345678",
                        workingDay().toString(),
                        "MORNING",
                        TicketFixtures.uniqueAddress("robot").value(),
                        "https://spam.example"))
                .andExpect(status().isBadRequest());
        var address = TicketFixtures.uniqueAddress("vaak").value();
        for (int i = 0; i < 5; i++) {
            mvc.perform(form("0612345678", workingDay().toString(), "MORNING", address, ""))
                    .andExpect(status().isFound());
        }
        mvc.perform(form("0612345678", workingDay().toString(), "MORNING", address, ""))
                .andExpect(status().is(429))
                .andExpect(content().string(containsString("value=\"0612345678\"")));
    }

    private MockHttpServletRequestBuilder form(String phone, String day, String slot) {
        return form(
                phone, day, slot, TicketFixtures.uniqueAddress("terugbellen").value(), "");
    }

    private MockHttpServletRequestBuilder form(String phone, String day, String slot, String email, String website) {
        return post("/tickets/callback")
                .with(csrf())
                .param("department", "techniek")
                .param("subject", "Mijn domein is verlopen")
                .param("message", "")
                .param("phone", phone)
                .param("day", day)
                .param("slot", slot)
                .param("email", email)
                .param("name", "Gijs Gebeld")
                .param("website", website);
    }

    private LocalDate workingDay() {
        return TicketFixtures.officeDayFrom(
                calendars, LocalDate.now(CallbackWindow.ZONE).plusDays(1));
    }
}
