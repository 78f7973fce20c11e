package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agents' queue in a department of its own per test: filters, the three orders, and paging that
 * continues after the last ticket shown without gaps or repeats.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketQueueIntegrationTests {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @Autowired
    TicketQueue queue;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String department;
    private Agent agent;

    @BeforeEach
    void a_department_of_its_own() {
        department = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into ticket_department (code, name_nl, name_en, active, sort_order) values (?, ?, ?, true, 99)",
                department,
                "Wachtrij " + department,
                "Queue " + department);
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Wachtrij");
        agent = TicketFixtures.agent(account.id(), "Agent Wachtrij");
    }

    @Test
    void sixty_tickets_come_in_pages_of_twenty_five_oldest_first_without_gaps_or_repeats() {
        var opened = new ArrayList<TicketNumber>();
        for (int i = 0; i < 60; i++) {
            // Every third pair shares its moment: the id decides between them.
            opened.add(
                    open("Vraag " + i, START.plus(i / 2, ChronoUnit.MINUTES), START.plus(60 - i, ChronoUnit.MINUTES)));
        }

        var seen = new ArrayList<TicketNumber>();
        var page = queue.page(query(QueueQuery.Sort.AGE, null), agent);
        var pages = 1;
        seen.addAll(numbers(page));
        while (page.next() != null) {
            assertThat(page.rows()).hasSize(25);
            page = queue.page(query(QueueQuery.Sort.AGE, page.next()), agent);
            seen.addAll(numbers(page));
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(opened);
    }

    @Test
    void last_update_first_shows_the_most_recently_changed_ticket_on_top_and_pages_on() {
        var opened = new ArrayList<TicketNumber>();
        for (int i = 0; i < 30; i++) {
            opened.add(open("Vraag " + i, START, START.plus(i, ChronoUnit.HOURS)));
        }

        var first = queue.page(query(QueueQuery.Sort.LAST_UPDATE, null), agent);
        var second = queue.page(query(QueueQuery.Sort.LAST_UPDATE, first.next()), agent);

        var expected = new ArrayList<>(opened).reversed();
        assertThat(numbers(first)).containsExactlyElementsOf(expected.subList(0, 25));
        assertThat(numbers(second)).containsExactlyElementsOf(expected.subList(25, 30));
        assertThat(second.next()).isNull();
    }

    @Test
    void priority_first_puts_urgent_on_top_then_the_oldest() {
        var low = open("Laag", START, START);
        var urgentLate = open("Spoed later", START.plusSeconds(60), START);
        var urgentEarly = open("Spoed eerder", START.plusSeconds(30), START);
        var normal = open("Normaal", START.minusSeconds(60), START);
        agentDesk.changePriority(low, agent, TicketPriority.LOW);
        agentDesk.changePriority(urgentLate, agent, TicketPriority.URGENT);
        agentDesk.changePriority(urgentEarly, agent, TicketPriority.URGENT);

        var page = queue.page(query(QueueQuery.Sort.PRIORITY, null), agent);

        assertThat(numbers(page)).containsExactly(urgentEarly, urgentLate, normal, low);
    }

    @Test
    void filters_narrow_the_queue_by_status_priority_and_owner() {
        var mine = open("Mijn ticket", START, START);
        var waiting = open("Wacht op klant", START.plusSeconds(1), START);
        var unassignedHigh = open("Hoog en vrij", START.plusSeconds(2), START);
        var resolved = open("Opgelost", START.plusSeconds(3), START);
        agentDesk.claim(mine, agent);
        agentDesk.changeStatus(waiting, agent, TicketStatus.WAITING_FOR_CUSTOMER);
        agentDesk.changePriority(unassignedHigh, agent, TicketPriority.HIGH);
        agentDesk.changeStatus(resolved, agent, TicketStatus.RESOLVED);

        assertThat(numbers(queue.page(QueueQuery.active(department), agent)))
                .containsExactly(mine, waiting, unassignedHigh);
        assertThat(numbers(queue.page(
                        new QueueQuery(
                                department,
                                EnumSet.of(TicketStatus.RESOLVED),
                                null,
                                QueueQuery.Ownership.ALL,
                                QueueQuery.Due.ALL,
                                QueueQuery.Sort.AGE,
                                null),
                        agent)))
                .containsExactly(resolved);
        assertThat(numbers(queue.page(
                        new QueueQuery(
                                department,
                                TicketStatus.ACTIVE,
                                TicketPriority.HIGH,
                                QueueQuery.Ownership.ALL,
                                QueueQuery.Due.ALL,
                                QueueQuery.Sort.AGE,
                                null),
                        agent)))
                .containsExactly(unassignedHigh);
        assertThat(numbers(queue.page(
                        new QueueQuery(
                                department,
                                TicketStatus.ACTIVE,
                                null,
                                QueueQuery.Ownership.MINE,
                                QueueQuery.Due.ALL,
                                QueueQuery.Sort.AGE,
                                null),
                        agent)))
                .containsExactly(mine);
        assertThat(numbers(queue.page(
                        new QueueQuery(
                                department,
                                TicketStatus.ACTIVE,
                                null,
                                QueueQuery.Ownership.UNASSIGNED,
                                QueueQuery.Due.ALL,
                                QueueQuery.Sort.AGE,
                                null),
                        agent)))
                .containsExactly(waiting, unassignedHigh);
    }

    @Test
    void my_tickets_across_all_departments_include_this_one() {
        var mine = open("Van mij", START, START);
        agentDesk.claim(mine, agent);

        var page = queue.page(
                new QueueQuery(
                        null,
                        TicketStatus.ACTIVE,
                        null,
                        QueueQuery.Ownership.MINE,
                        QueueQuery.Due.ALL,
                        QueueQuery.Sort.LAST_UPDATE,
                        null),
                agent);

        assertThat(numbers(page)).containsExactly(mine);
    }

    @Test
    void a_cursor_that_cannot_be_read_starts_at_the_first_page() {
        var only = open("Enige", START, START);

        for (var bad : List.of("rommel", "1.2", "x.y.z", "1.99999999999999999999999.3")) {
            assertThat(numbers(queue.page(query(QueueQuery.Sort.AGE, bad), agent)))
                    .containsExactly(only);
        }
    }

    private QueueQuery query(QueueQuery.Sort sort, @Nullable String after) {
        return new QueueQuery(
                department, TicketStatus.ACTIVE, null, QueueQuery.Ownership.ALL, QueueQuery.Due.ALL, sort, after);
    }

    private TicketNumber open(String subject, Instant created, Instant updated) {
        var number = desk.open(TicketFixtures.question(
                        TicketFixtures.uniqueAddress("wachtrij"), subject, "Tekst", null, Language.NL, department))
                .number();
        jdbc.update(
                "update ticket set created_at = ?, updated_at = ? where number = ?",
                Timestamp.from(created),
                Timestamp.from(updated),
                number.value());
        return number;
    }

    private static List<TicketNumber> numbers(QueuePage page) {
        return page.rows().stream().map(QueueRow::number).toList();
    }
}
