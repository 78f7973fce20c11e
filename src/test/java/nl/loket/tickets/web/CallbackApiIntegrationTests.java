package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.calendar.BusinessCalendars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Callback requests over the API: asked for by a customer, read by both sides, attempts by staff. */
@DatabaseTest
@LoketIntegrationTest
class CallbackApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void a_customer_asks_to_be_called_back_and_staff_record_the_attempts() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Cas Callback");
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Aart Agent");
        var day = TicketFixtures.officeDayFrom(
                calendars, LocalDate.now(CallbackWindow.ZONE).plusDays(1));
        var later = TicketFixtures.officeDayFrom(calendars, day.plusDays(1));

        var requested = send(
                post("/api/v1/callbacks"),
                customer,
                """
                {"department":"administratie","subject":"Vraag over mijn factuur","phone":"06-1234 5678",
                 "day":"%s","slot":"AFTERNOON"}"""
                        .formatted(day));
        assertThat(requested.getStatus()).as(requested.getContentAsString()).isEqualTo(201);
        String number = JsonPath.read(requested.getContentAsString(), "$.number");
        assertThat((String) JsonPath.read(requested.getContentAsString(), "$.subject"))
                .isEqualTo("Terugbelverzoek: Vraag over mijn factuur");

        var read = mvc.perform(get("/api/v1/tickets/" + number + "/callback").with(customer.signedIn()))
                .andReturn()
                .getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.phone")).isEqualTo("+31612345678");
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.day")).isEqualTo(day.toString());
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.from")).isEqualTo("12:00");

        var attempt = send(
                post("/api/v1/tickets/" + number + "/callback-attempts"),
                agent,
                """
                {"outcome":"RESCHEDULED","day":"%s","slot":"MORNING","note":"Klant vroeg om later."}"""
                        .formatted(later));
        assertThat(attempt.getStatus()).as(attempt.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(attempt.getContentAsString(), "$.attempts"))
                .isEqualTo(1);
        assertThat((String) JsonPath.read(attempt.getContentAsString(), "$.lastOutcome"))
                .isEqualTo("RESCHEDULED");
        assertThat((String) JsonPath.read(attempt.getContentAsString(), "$.day"))
                .isEqualTo(later.toString());
        assertThat((String) JsonPath.read(attempt.getContentAsString(), "$.from"))
                .isEqualTo("09:00");
    }

    @Test
    void a_wrong_number_day_or_window_is_a_problem_with_the_field_named() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Fien Fout");
        var saturday = LocalDate.now(CallbackWindow.ZONE).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        var workingDay = TicketFixtures.officeDayFrom(
                calendars, LocalDate.now(CallbackWindow.ZONE).plusDays(1));

        assertProblem(request(customer, "bel me", workingDay.toString(), "MORNING"), 400, "phone");
        assertProblem(request(customer, "0612345678", "morgen", "MORNING"), 400, "day");
        assertProblem(request(customer, "0612345678", workingDay.toString(), "NACHT"), 400, "slot");
        var closed = request(customer, "0612345678", saturday.toString(), "MORNING");
        assertProblem(closed, 400, "day");
        assertThat((String) JsonPath.read(closed.getContentAsString(), "$.detail"))
                .startsWith("Op die dag zijn we gesloten");
    }

    @Test
    void only_customers_ask_only_staff_record_and_nobody_reads_another_customers_callback() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Eva Eigen");
        var other = TestAccounts.create(accounts, Role.CUSTOMER, "Olaf Ander");
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Sam Staf");
        var day = TicketFixtures.officeDayFrom(
                        calendars, LocalDate.now(CallbackWindow.ZONE).plusDays(1))
                .toString();
        String number =
                JsonPath.read(request(customer, "0612345678", day, "MORNING").getContentAsString(), "$.number");

        assertProblem(request(agent, "0612345678", day, "MORNING"), 403, null);
        assertProblem(
                send(post("/api/v1/tickets/" + number + "/callback-attempts"), customer, "{\"outcome\":\"REACHED\"}"),
                403,
                null);
        assertProblem(
                mvc.perform(get("/api/v1/tickets/" + number + "/callback").with(other.signedIn()))
                        .andReturn()
                        .getResponse(),
                404,
                null);
        assertProblem(
                send(post("/api/v1/tickets/" + number + "/callback-attempts"), agent, "{\"outcome\":\"GEBELD\"}"),
                400,
                "outcome");
    }

    private MockHttpServletResponse request(TestAccount who, String phone, String day, String slot) throws Exception {
        return send(
                post("/api/v1/callbacks"),
                who,
                """
                {"department":"techniek","subject":"Terugbellen graag","phone":"%s","day":"%s","slot":"%s"}"""
                        .formatted(phone, day, slot));
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

    private static void assertProblem(MockHttpServletResponse response, int status, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        if (field != null) {
            List<String> fields = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
            assertThat(fields).contains(field);
        }
    }
}
