package nl.loket.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.ReportPeriod;
import nl.loket.tickets.ReportScenario;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service level report as staff see it: the page with its figures and charts, the CSV and the
 * API, on the hand-made period of {@link ReportScenario}; and what bad input gets.
 */
@DatabaseTest
@LoketIntegrationTest
class ServiceLevelReportWebIntegrationTests {

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
    Clock clock;

    ReportScenario scenario;

    TestAccount staff;

    @BeforeEach
    void setUp() {
        scenario = new ReportScenario(desk, agentDesk, accounts, levels, clock);
        staff = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Rapport Lezer");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
        ReportScenario.forgetMailsFromTheFuture(jdbc);
    }

    @Test
    void the_page_shows_the_period_s_figures_in_a_table_and_as_charts_with_a_text_alternative() throws Exception {
        var period = scenario.play();

        mvc.perform(get(page(period)).with(staff.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Technische ondersteuning")))
                .andExpect(content().string(containsString("Premium 24x7")))
                .andExpect(content().string(containsString("<td class=\"opened\">4</td>")))
                .andExpect(content().string(containsString("<td class=\"first-median\">30 min</td>")))
                .andExpect(content().string(containsString("<td class=\"first-p90\">2 u</td>")))
                .andExpect(content().string(containsString("<td class=\"first-share\">50,0%</td>")))
                .andExpect(content().string(containsString("<td class=\"resolution-p90\">3 u</td>")))
                .andExpect(content().string(containsString("<td class=\"breaches\">2</td>")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("de tabel hieronder bevat dezelfde cijfers")))
                .andExpect(
                        content().string(containsString("de suggesties op het vragenformulier kennen geen afdeling")));
    }

    @Test
    void the_page_in_english_says_the_same_in_english() throws Exception {
        var period = scenario.play();

        mvc.perform(get(page(period)).header("Accept-Language", "en").with(staff.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Technical support")))
                .andExpect(content().string(containsString("<td class=\"first-p90\">2 h</td>")))
                .andExpect(content().string(containsString("<td class=\"first-share\">50.0%</td>")));
    }

    @Test
    void a_department_filter_leaves_the_other_departments_out_of_the_page() throws Exception {
        var period = scenario.play();

        mvc.perform(get(page(period) + "&department=administratie").with(staff.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Administratie")))
                .andExpect(content().string(not(containsString("<td>Premium 24x7</td>"))))
                .andExpect(content().string(containsString("<td class=\"opened\">1</td>")));
    }

    @Test
    void the_csv_has_a_line_per_department_and_level_and_a_total_with_minutes_as_numbers() throws Exception {
        var period = scenario.play();

        var csv = mvc.perform(get("/desk/reports/service-levels.csv?from=" + period.from() + "&to=" + period.to())
                        .with(staff.signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("service-levels-" + period.from())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("department;service_level;tickets_opened;first_response_answered;");
        var premium = Arrays.stream(lines)
                .filter(line -> line.startsWith("Technische ondersteuning;Premium 24x7;"))
                .findFirst()
                .orElseThrow()
                .split(";", -1);
        assertThat(premium[2]).isEqualTo("4");
        assertThat(premium[3]).isEqualTo("3");
        assertThat(minutes(premium[4])).isEqualTo(30);
        assertThat(minutes(premium[5])).isEqualTo(120);
        assertThat(premium[6]).isEqualTo("CALENDAR");
        assertThat(premium[7]).isEqualTo("50,0");
        assertThat(premium[8]).isEqualTo("2");
        assertThat(minutes(premium[10])).isEqualTo(180);
        assertThat(premium[12]).isEqualTo("100,0");
        assertThat(premium[13]).isEqualTo("100,0");
        assertThat(premium[14]).isEqualTo("2");
        assertThat(lines[3]).startsWith("Totaal;;5;3;");
    }

    @Test
    void the_api_gives_the_figures_as_json_for_staff() throws Exception {
        var period = scenario.play();

        mvc.perform(get("/api/v1/reports/service-levels?from=" + period.from() + "&to=" + period.to() + "&level="
                                + scenario.premium().id())
                        .with(staff.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].department.code").value("techniek"))
                .andExpect(jsonPath("$.rows[0].ticketsOpened").value(4))
                .andExpect(jsonPath("$.rows[0].firstResponse.stopped").value(3))
                .andExpect(jsonPath("$.rows[0].firstResponse.timeBasis").value("CALENDAR"))
                .andExpect(jsonPath("$.rows[0].firstResponse.withinTarget").value(0.5))
                .andExpect(jsonPath("$.rows[0].resolution.withinTarget").value(1.0))
                .andExpect(jsonPath("$.total.breaches").value(2))
                .andExpect(jsonPath("$.deflection.questions").isNumber());
    }

    @Test
    void bad_dates_get_the_page_with_a_clear_message() throws Exception {
        mvc.perform(get("/desk/reports/service-levels?from=gisteren&to=2026-11-01")
                        .with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Die datum klopt niet")));
        mvc.perform(get("/desk/reports/service-levels?from=2026-11-20&to=2026-11-01")
                        .with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De begindatum ligt na de einddatum")));
        mvc.perform(get("/desk/reports/service-levels?from=2025-01-01&to=2026-11-01")
                        .with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hoogstens 366 dagen")));
        mvc.perform(get("/desk/reports/service-levels?department=kwijt").with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Die afdeling bestaat niet")));
    }

    @Test
    void bad_input_on_the_api_gets_a_problem_that_names_the_parameter() throws Exception {
        mvc.perform(get("/api/v1/reports/service-levels?from=2026-13-45").with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/reports/service-levels?level=999999999").with(staff.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void customers_are_refused_the_report_and_its_api() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Nieuwsgierig");

        mvc.perform(get("/desk/reports/service-levels").with(customer.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/service-levels").with(customer.signedIn()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    private static String page(ReportPeriod period) {
        return "/desk/reports/service-levels?from=" + period.from() + "&to=" + period.to();
    }

    private static long minutes(String field) {
        return Math.round(Double.parseDouble(field.replace(',', '.')));
    }
}
