package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Resolved tickets close by themselves after seven days, once, whichever node gets there first. */
@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class AutoCloseIntegrationTests {

    @Autowired
    AutoClose autoClose;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_ticket_resolved_eight_days_ago_closes_with_a_history_line_and_a_mail_but_one_of_six_days_waits()
            throws Exception {
        var agent = agent();
        var old = resolvedDaysAgo(agent, 8);
        var recent = resolvedDaysAgo(agent, 6);

        // Two nodes at the same moment: each ticket is closed by one of them only.
        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = autoClose::closeDue;
            var a = nodes.submit(run);
            var b = nodes.submit(run);
            a.get();
            b.get();
        }
        autoClose.closeDue();

        assertThat(statusOf(old)).isEqualTo("CLOSED");
        assertThat(statusOf(recent)).isEqualTo("RESOLVED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ticket_history h join ticket t on t.id = h.ticket_id where t.number = ?"
                                + " and h.change_kind = 'STATUS' and h.new_value = 'CLOSED' and h.actor_kind = 'SYSTEM'",
                        Integer.class,
                        old.value()))
                .isEqualTo(1);
        assertThat(events.stream(TicketStatusChanged.class)
                        .filter(event -> event.mail().number().equals(old))
                        .filter(event -> event.to() == TicketStatus.CLOSED)
                        .toList())
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.by()).isEqualTo(AuthorKind.SYSTEM);
                    assertThat(event.informCustomer()).isTrue();
                });
    }

    @Test
    void a_customer_who_answers_in_time_keeps_their_ticket_open() {
        var agent = agent();
        var opened = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("op-tijd"), "Vraag", "Tekst"));
        agentDesk.changeStatus(opened.number(), agent, TicketStatus.RESOLVED);
        desk.reply(opened.number(), new TicketAccess.Key(opened.accessKey()), "Het werkt nog niet");
        backdateResolved(opened.number(), 30);

        autoClose.closeDue();

        assertThat(statusOf(opened.number())).isEqualTo("OPEN");
    }

    private TicketNumber resolvedDaysAgo(Agent agent, int days) {
        var number = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("auto"), "Opgelost", "Tekst"))
                .number();
        agentDesk.changeStatus(number, agent, TicketStatus.RESOLVED);
        backdateResolved(number, days);
        return number;
    }

    private void backdateResolved(TicketNumber number, int days) {
        jdbc.update(
                "update ticket set resolved_at = ? where number = ? and resolved_at is not null",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days))),
                number.value());
    }

    private String statusOf(TicketNumber number) {
        return jdbc.queryForObject("select status from ticket where number = ?", String.class, number.value());
    }

    private Agent agent() {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Sluiten");
        return TicketFixtures.agent(account.id(), "Agent Sluiten");
    }
}
