package nl.loket.tickets.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.Agent;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Time on tickets against the real database, with a second {@link TicketTime} over the same
 * database standing in for a second app node.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketTimeIntegrationTests {

    @Autowired
    TicketTime time;

    @Autowired
    TicketDesk desk;

    @Autowired
    TicketRecords records;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ((TestClock) clock).reset();
    }

    @Test
    void a_timer_started_on_one_node_is_stopped_on_another_and_logs_the_minutes_rounded_up() {
        var agent = agent("Tim Timer");
        var number = ticket();
        var otherNode = node(new BigDecimal("22.50"));

        time.startTimer(number, agent, true, "Website hersteld");
        ((TestClock) clock).advance(Duration.ofMinutes(16).plusSeconds(1));

        assertThat(otherNode.sheet(number, agent).myTimer()).isNotNull();
        var entry = otherNode.stopTimer(number, agent);

        assertThat(entry.minutes()).isEqualTo(17);
        assertThat(entry.billable()).isTrue();
        assertThat(entry.description()).isEqualTo("Website hersteld");
        var sheet = time.sheet(number, agent);
        assertThat(sheet.myTimer()).isNull();
        assertThat(sheet.totals().blocks()).isEqualTo(2);
        assertThat(sheet.totals().amountCents()).isEqualTo(4500);
        assertThatThrownBy(() -> time.stopTimer(number, agent))
                .isInstanceOfSatisfying(TimeEntryRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.time.error.no-timer"));
    }

    @Test
    void two_nodes_stopping_the_same_timer_at_once_log_it_once() throws Exception {
        var agent = agent("Dubbel Stop");
        var number = ticket();
        time.startTimer(number, agent, false, "Onderzoek");
        var nodes = new TicketTime[] {time, node(new BigDecimal("22.50"))};
        var start = new CountDownLatch(1);
        var stops = new ArrayList<CompletableFuture<Boolean>>();
        for (var node : nodes) {
            stops.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    node.stopTimer(number, agent);
                    return true;
                } catch (TimeEntryRefused | InterruptedException refused) {
                    return false;
                }
            }));
        }
        start.countDown();

        var stopped =
                stops.stream().map(CompletableFuture::join).filter(done -> done).count();

        assertThat(stopped).isEqualTo(1);
        assertThat(time.sheet(number, agent).entries()).hasSize(1);
    }

    @Test
    void an_agent_runs_one_timer_at_a_time() {
        var agent = agent("Een Timer");
        var first = ticket();
        var second = ticket();
        time.startTimer(first, agent, false, "Eerste");

        assertThatThrownBy(() -> node(BigDecimal.ONE).startTimer(second, agent, false, "Tweede"))
                .isInstanceOfSatisfying(TimeEntryRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.time.error.timer-running"));
        var elsewhere = time.sheet(second, agent).timerElsewhere();
        assertThat(elsewhere).isNotNull();
        assertThat(elsewhere.ticket()).isEqualTo(first);
        time.stopTimer(first, agent);
    }

    @Test
    void a_timer_forgotten_for_more_than_a_day_stops_without_an_entry() {
        var agent = agent("Vergeten Timer");
        var number = ticket();
        time.startTimer(number, agent, true, "Lang");
        ((TestClock) clock).advance(Duration.ofHours(25));

        assertThatThrownBy(() -> time.stopTimer(number, agent))
                .isInstanceOfSatisfying(TimeEntryRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.time.error.timer-too-long"));
        var sheet = time.sheet(number, agent);
        assertThat(sheet.myTimer()).isNull();
        assertThat(sheet.entries()).isEmpty();
    }

    @Test
    void each_entry_keeps_the_rate_of_the_moment_it_was_logged() {
        var agent = agent("Tarief Wissel");
        var number = ticket();
        var today = time.today();
        time.log(number, agent, new TimeInput(10, today.minusDays(1), true, "Oud tarief"));
        node(new BigDecimal("30.00")).log(number, agent, new TimeInput(10, today, true, "Nieuw tarief"));

        var days = time.sheet(number, agent).days();

        assertThat(days).extracting(TicketDay::amountCents).containsExactly(2250L, 3000L);
    }

    @Test
    void time_outside_one_to_1440_minutes_in_the_future_or_without_description_is_refused() {
        var agent = agent("Fout Invoer");
        var number = ticket();
        var today = time.today();

        assertRefused(() -> time.log(number, agent, new TimeInput(0, today, true, "x")), "tickets.time.error.minutes");
        assertRefused(
                () -> time.log(number, agent, new TimeInput(1441, today, true, "x")), "tickets.time.error.minutes");
        assertRefused(
                () -> time.log(number, agent, new TimeInput(5, today.plusDays(1), true, "x")),
                "tickets.time.error.future");
        assertRefused(
                () -> time.log(number, agent, new TimeInput(5, today, true, "  ")),
                "tickets.time.error.description-required");
        assertRefused(
                () -> time.log(number, agent, new TimeInput(5, today, true, "x".repeat(201))),
                "tickets.time.error.description-long");
        assertThat(time.sheet(number, agent).entries()).isEmpty();
    }

    @Test
    void agents_change_and_delete_their_own_time_administrators_anyones_and_the_history_says_so() {
        var owner = agent("Eigen Tijd");
        var colleague = agent("Andere Collega");
        var number = ticket();
        var entry = time.log(number, owner, new TimeInput(20, time.today(), true, "Mail ingesteld"));

        assertRefused(
                () -> time.change(number, entry.id(), colleague, false, new TimeInput(5, time.today(), true, "x")),
                "tickets.time.error.not-yours");
        assertRefused(() -> time.delete(number, entry.id(), colleague, false), "tickets.time.error.not-yours");
        time.change(number, entry.id(), owner, false, new TimeInput(25, time.today(), false, "Mail ingesteld"));
        time.delete(number, entry.id(), colleague, true);

        assertThat(time.sheet(number, owner).entries()).isEmpty();
        assertThat(jdbc.queryForList(
                        "select h.change_kind || ' ' || h.new_value || ' ' || h.old_value || ' ' || h.actor_name"
                                + " from ticket_history h join ticket t on t.id = h.ticket_id"
                                + " where t.number = ? and h.change_kind like 'TIME%' order by h.id",
                        String.class, number.value()))
                .containsExactly(
                        "TIME_LOGGED 20 BILLABLE Eigen Tijd",
                        "TIME_CHANGED 25 INCLUDED Eigen Tijd",
                        "TIME_DELETED 25 INCLUDED Andere Collega");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(TimeEntryRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo(key));
    }

    private TicketTime node(BigDecimal rate) {
        var node = new TicketTime(records, new TimeEntries(jdbc), new Timers(jdbc), new TimeSettings(rate), clock);
        return transactional(node);
    }

    /** The second node's service with transactions, as Spring would give it. */
    private TicketTime transactional(TicketTime node) {
        var factory = new org.springframework.aop.framework.ProxyFactory(node);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new org.springframework.transaction.interceptor.TransactionInterceptor(
                transactionManager,
                new org.springframework.transaction.annotation.AnnotationTransactionAttributeSource()));
        return (TicketTime) factory.getProxy();
    }

    private Agent agent(String name) {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, name);
        return TicketFixtures.agent(account.id(), name);
    }

    private TicketNumber ticket() {
        return desk.open(TicketFixtures.guestQuestion(
                        TicketFixtures.uniqueAddress("tijd"), "Website kapot", "Mijn website geeft een fout."))
                .number();
    }
}
