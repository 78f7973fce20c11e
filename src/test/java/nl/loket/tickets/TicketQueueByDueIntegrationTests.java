package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agents' queue by service level due time, in a department of its own per test: the first due
 * on top, tickets without a running clock after all others, paging across both without gaps or
 * repeats, and the filters on tickets near or past their due time as the clock moves on.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketQueueByDueIntegrationTests {

    private static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    TicketQueue queue;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    ServiceLevels levels;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private String department;
    private Agent agent;

    @BeforeEach
    void a_department_of_its_own() {
        department = "due-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into ticket_department (code, name_nl, name_en, active, sort_order) values (?, ?, ?, true, 99)",
                department,
                "Deadline " + department,
                "Due " + department);
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Deadline");
        agent = TicketFixtures.agent(account.id(), "Agent Deadline");
    }

    @AfterEach
    void back_to_the_real_time() {
        clock.reset();
    }

    @Test
    void sixty_tickets_come_first_due_first_and_those_without_a_due_time_last_in_pages_without_gaps_or_repeats() {
        var withoutDueTime = new ArrayList<TicketNumber>();
        var due = new ArrayList<TicketNumber>();
        for (int i = 0; i < 60; i++) {
            if (i % 3 == 0) {
                withoutDueTime.add(open("Gepauzeerd " + i, null, null));
            } else {
                // Opened in reverse order of their due time; every pair shares a due time: the id decides.
                var at = DUE.plus(100 - due.size() / 2, ChronoUnit.MINUTES);
                due.add(open("Vraag " + i, at, at.minus(15, ChronoUnit.MINUTES)));
            }
        }
        var expected = new ArrayList<TicketNumber>();
        for (int pair = due.size() - 2; pair >= 0; pair -= 2) {
            expected.add(due.get(pair));
            expected.add(due.get(pair + 1));
        }
        expected.addAll(withoutDueTime);

        var pages = pagesOf(QueueQuery.Due.ALL);

        // 40 due tickets, then 20 without: the second page crosses over, the third continues among those without.
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).hasSize(25);
        assertThat(pages.get(1)).hasSize(25);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_queue_of_tickets_without_a_due_time_pages_on_by_ticket() {
        var opened = new ArrayList<TicketNumber>();
        for (int i = 0; i < 30; i++) {
            opened.add(open("Zonder klok " + i, null, null));
        }

        var pages = pagesOf(QueueQuery.Due.ALL);

        assertThat(pages).hasSize(2);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(opened);
    }

    @Test
    void at_risk_shows_the_tickets_past_their_warning_time_and_breached_those_past_their_due_time() {
        var now = clock.instant();
        var late = open("Te laat", now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)));
        var nearlyLate = open("Bijna te laat", now.plus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(10)));
        var inTime = open("Op tijd", now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)));
        var paused = open("Wacht op klant", null, null);

        assertThat(rows(QueueQuery.Due.ALL, QueueQuery.Sort.DUE))
                .extracting(QueueRow::number)
                .containsExactly(late, nearlyLate, inTime, paused);
        assertThat(rows(QueueQuery.Due.AT_RISK, QueueQuery.Sort.AGE))
                .extracting(QueueRow::number)
                .containsExactly(late, nearlyLate);
        assertThat(rows(QueueQuery.Due.BREACHED, QueueQuery.Sort.DUE))
                .extracting(QueueRow::number)
                .containsExactly(late);
        assertThat(rows(QueueQuery.Due.ALL, QueueQuery.Sort.DUE))
                .extracting(row -> row.deadline(clock.instant()))
                .containsExactly(
                        QueueRow.Deadline.BREACHED,
                        QueueRow.Deadline.AT_RISK,
                        QueueRow.Deadline.ON_TIME,
                        QueueRow.Deadline.NONE);

        clock.advance(Duration.ofMinutes(90));

        assertThat(rows(QueueQuery.Due.AT_RISK, QueueQuery.Sort.DUE))
                .extracting(QueueRow::number)
                .containsExactly(late, nearlyLate, inTime);
        assertThat(rows(QueueQuery.Due.BREACHED, QueueQuery.Sort.LAST_UPDATE))
                .extracting(QueueRow::number)
                .containsExactlyInAnyOrder(late, nearlyLate);
    }

    @Test
    void the_breached_tickets_page_on_by_due_time_and_never_reach_those_without_one() {
        var now = clock.instant();
        var late = new ArrayList<TicketNumber>();
        for (int i = 0; i < 30; i++) {
            var at = now.minus(Duration.ofMinutes(60 - i));
            late.add(open("Te laat " + i, at, at.minus(Duration.ofMinutes(15))));
        }
        open("Zonder klok", null, null);
        open("Later", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(2)));

        var pages = pagesOf(QueueQuery.Due.BREACHED);

        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(late);
    }

    @Test
    void a_premium_ticket_is_due_an_hour_after_opening_and_a_ticket_waiting_for_the_customer_has_no_due_time() {
        var premium = levels.all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .map(ServiceLevelDetails::id)
                .findFirst()
                .orElseThrow();
        var urgent = open("Server plat");
        var waiting = open("Graag uw domeinnaam");
        agentDesk.changeServiceLevel(urgent, agent, premium, "Klant heeft Premium afgesloten");
        agentDesk.changeServiceLevel(waiting, agent, premium, "Klant heeft Premium afgesloten");
        agentDesk.changeStatus(waiting, agent, TicketStatus.WAITING_FOR_CUSTOMER);
        var opened = jdbc.queryForObject(
                        "select created_at from ticket where number = ?", Timestamp.class, urgent.value())
                .toInstant();

        var rows = rows(QueueQuery.Due.ALL, QueueQuery.Sort.DUE);

        assertThat(rows).extracting(QueueRow::number).containsExactly(urgent, waiting);
        assertThat(rows.getFirst().dueAt()).isEqualTo(opened.plus(Duration.ofHours(1)));
        assertThat(rows.getFirst().warnAt()).isBetween(opened, opened.plus(Duration.ofHours(1)));
        assertThat(rows.getLast().dueAt()).isNull();
        assertThat(rows.getLast().deadline(clock.instant())).isEqualTo(QueueRow.Deadline.NONE);
    }

    @Test
    void a_due_cursor_that_cannot_be_read_starts_at_the_first_page() {
        var first = open("Eerst", DUE, DUE.minusSeconds(900));
        var second = open("Daarna", null, null);

        for (var bad : List.of("1.-", "1.x.3", "-.-.-", "1.-.x", "1.9999999999999999999999.3")) {
            assertThat(queue.page(query(QueueQuery.Due.ALL, QueueQuery.Sort.DUE, bad), agent)
                            .rows())
                    .extracting(QueueRow::number)
                    .containsExactly(first, second);
        }
        // A "no due time" cursor means nothing in the other orders.
        assertThat(queue.page(query(QueueQuery.Due.ALL, QueueQuery.Sort.AGE, "2.-.1"), agent)
                        .rows())
                .hasSize(2);
    }

    private List<List<TicketNumber>> pagesOf(QueueQuery.Due due) {
        var pages = new ArrayList<List<TicketNumber>>();
        var page = queue.page(query(due, QueueQuery.Sort.DUE, null), agent);
        pages.add(numbers(page));
        while (page.next() != null) {
            page = queue.page(query(due, QueueQuery.Sort.DUE, page.next()), agent);
            pages.add(numbers(page));
        }
        return pages;
    }

    private List<QueueRow> rows(QueueQuery.Due due, QueueQuery.Sort sort) {
        return queue.page(query(due, sort, null), agent).rows();
    }

    private QueueQuery query(QueueQuery.Due due, QueueQuery.Sort sort, @Nullable String after) {
        return new QueueQuery(department, TicketStatus.ACTIVE, null, QueueQuery.Ownership.ALL, due, sort, after);
    }

    private TicketNumber open(String subject) {
        return desk.open(TicketFixtures.question(
                        TicketFixtures.uniqueAddress("deadline"), subject, "Tekst", null, Language.NL, department))
                .number();
    }

    /** A ticket whose running clocks are due at {@code due}, with a warning at {@code warn} (null: none runs). */
    private TicketNumber open(String subject, @Nullable Instant due, @Nullable Instant warn) {
        var number = open(subject);
        jdbc.update(
                "update ticket set sla_due_at = ?, sla_warn_at = ? where number = ?",
                due == null ? null : Timestamp.from(due),
                warn == null ? null : Timestamp.from(warn),
                number.value());
        return number;
    }

    private static List<TicketNumber> numbers(QueuePage page) {
        return page.rows().stream().map(QueueRow::number).toList();
    }
}
