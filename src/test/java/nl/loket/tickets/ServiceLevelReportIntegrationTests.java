package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.accounts.AccountManagement;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service level report's arithmetic on a small hand-made period, driven through the real desk
 * with the test clock: see {@link ReportScenario}. Each test lives in a period of its own, years
 * ahead, so that other tests' tickets stay out of it.
 */
@DatabaseTest
@LoketIntegrationTest
class ServiceLevelReportIntegrationTests {

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceLevels levels;

    @Autowired
    ServiceLevelReport report;

    @Autowired
    Clock clock;

    ReportScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new ReportScenario(desk, agentDesk, accounts, levels, clock);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
        ReportScenario.forgetMailsFromTheFuture(jdbc);
    }

    @Test
    void the_first_response_median_and_90th_percentile_are_nearest_rank_and_the_share_counts_an_overdue_ticket() {
        var period = scenario.play();

        var figures = report.report(period, null, null);

        assertThat(figures.rows()).hasSize(2);
        var premium = figures.rows().stream()
                .filter(row -> row.department().code().equals("techniek"))
                .findFirst()
                .orElseThrow();
        assertThat(premium.level().name()).isEqualTo("Premium 24x7");
        assertThat(premium.opened()).isEqualTo(4);
        var first = premium.firstResponse();
        assertThat(first.stopped()).isEqualTo(3);
        assertThat(first.basis()).isEqualTo(TimeBasis.CALENDAR);
        assertThat(first.median())
                .isBetween(Duration.ofMinutes(30), Duration.ofMinutes(30).plusSeconds(20));
        assertThat(first.p90())
                .isBetween(Duration.ofMinutes(120), Duration.ofMinutes(120).plusSeconds(20));
        assertThat(first.met()).isEqualTo(2);
        assertThat(first.missed()).isEqualTo(1);
        assertThat(first.overdue()).isEqualTo(1);
        assertThat(first.withinTarget()).isEqualTo(0.5);
        var resolution = premium.resolution();
        assertThat(resolution.stopped()).isEqualTo(2);
        assertThat(resolution.median())
                .isBetween(Duration.ofMinutes(120), Duration.ofMinutes(120).plusSeconds(20));
        assertThat(resolution.p90())
                .isBetween(Duration.ofMinutes(180), Duration.ofMinutes(180).plusSeconds(20));
        assertThat(resolution.withinTarget()).isEqualTo(1.0);
        assertThat(premium.nextResponse().withinTarget()).isEqualTo(1.0);
        assertThat(premium.breaches()).isEqualTo(2);
    }

    @Test
    void the_total_row_adds_up_the_departments_and_a_ticket_nobody_answered_yet_is_not_judged() {
        var period = scenario.play();

        var figures = report.report(period, null, null);

        var office = figures.rows().stream()
                .filter(row -> row.department().code().equals("administratie"))
                .findFirst()
                .orElseThrow();
        assertThat(office.opened()).isEqualTo(1);
        assertThat(office.firstResponse().stopped()).isZero();
        assertThat(office.firstResponse().median()).isNull();
        assertThat(office.firstResponse().withinTarget()).isNull();
        assertThat(figures.total().opened()).isEqualTo(5);
        assertThat(figures.total().firstResponse().stopped()).isEqualTo(3);
        assertThat(figures.total().breaches()).isEqualTo(2);
        assertThat(figures.total().firstResponse().withinTarget()).isEqualTo(0.5);
    }

    @Test
    void filters_on_department_and_level_keep_only_their_tickets() {
        var period = scenario.play();

        var office = report.report(period, "administratie", null);
        var premium = report.report(period, null, scenario.premium().id());

        assertThat(office.rows()).singleElement().satisfies(row -> assertThat(row.opened())
                .isEqualTo(1));
        assertThat(office.total().opened()).isEqualTo(1);
        assertThat(premium.rows()).singleElement().satisfies(row -> assertThat(row.departmentName(Language.NL))
                .isEqualTo("Technische ondersteuning"));
        assertThat(premium.total().opened()).isEqualTo(4);
    }

    @Test
    void a_period_without_tickets_has_no_rows_and_an_empty_total() {
        var day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));

        var figures = report.report(new ReportPeriod(day, day), null, null);

        assertThat(figures.rows()).isEmpty();
        assertThat(figures.total().opened()).isZero();
        assertThat(figures.total().firstResponse().withinTarget()).isNull();
    }
}
