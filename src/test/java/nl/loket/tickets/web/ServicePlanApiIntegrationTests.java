package nl.loket.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Plans and calendars over the API: plans for everyone signed in, a customer's own marked; calendars for staff. */
@DatabaseTest
@LoketIntegrationTest
class ServicePlanApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceLevels levels;

    @Autowired
    CustomerServiceLevels customerLevels;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void a_customer_reads_the_plans_with_their_own_level_marked() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Pim Plan");
        var business = levels.all().stream()
                .filter(level -> level.name().equals("Zakelijk"))
                .findFirst()
                .orElseThrow();

        var before = read("/api/v1/service-levels", customer.signedIn());
        assertThat(before.getStatus()).isEqualTo(200);
        List<String> marked = JsonPath.read(before.getContentAsString(), "$[?(@.yours == true)].name");
        assertThat(marked).containsExactly("Best Effort");

        customerLevels.choose(customer.id(), business.id(), customer.id());

        var after = read("/api/v1/service-levels", customer.signedIn()).getContentAsString();
        assertThat((List<String>) JsonPath.read(after, "$[?(@.yours == true)].name"))
                .containsExactly("Zakelijk");
        List<Map<String, Object>> targets = JsonPath.read(after, "$[?(@.name == 'Zakelijk')].targets.FIRST_RESPONSE");
        assertThat(targets).singleElement().satisfies(target -> {
            assertThat(target).containsEntry("minutes", 240).containsEntry("basis", "BUSINESS");
        });
    }

    @Test
    void staff_read_the_calendars_and_a_year_s_closed_days_and_customers_may_not() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Kees Kalender");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klaas Klant");
        var office = calendars.named("Kantooruren").orElseThrow();

        var list = read("/api/v1/calendars", agent.signedIn());
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat((List<String>)
                        JsonPath.read(list.getContentAsString(), "$[?(@.name == 'Kantooruren')].hours.MONDAY[0].from"))
                .containsExactly("09:00:00");

        var days = read("/api/v1/calendars/" + office.id() + "/holidays?year=2026", agent.signedIn());
        assertThat(days.getStatus()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(days.getContentAsString(), "$[?(@.kind == 'KINGS_DAY')].date"))
                .containsExactly("2026-04-27");

        assertThat(read("/api/v1/calendars", customer.signedIn()).getStatus()).isEqualTo(403);
        var badYear = read("/api/v1/calendars/" + office.id() + "/holidays?year=1200", agent.signedIn());
        assertThat(badYear.getStatus()).isEqualTo(400);
        assertThat(badYear.getContentType()).startsWith("application/problem+json");
        assertThat(badYear.getContentAsString()).contains("1980");
        var unknown = read("/api/v1/calendars/999999/holidays", agent.signedIn());
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("agenda");
    }

    private MockHttpServletResponse read(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", "nl"))
                .andReturn()
                .getResponse();
    }
}
