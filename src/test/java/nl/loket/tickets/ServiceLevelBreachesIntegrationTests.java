package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.accounts.StaffAdministration;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A service level clock that runs past its due time is told to the staff once: the ticket's
 * assignee and the department's members (or, without members, everyone who works with customers),
 * with a line in the ticket's history. Stopped and paused clocks are not; a new next-response cycle
 * is told again. Time passes for each test's own ticket only ({@link ServiceLevelFixtures#timePasses}).
 */
@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class ServiceLevelBreachesIntegrationTests {

    @Autowired
    ServiceLevelBreaches breaches;

    @Autowired
    DepartmentMembers members;

    @Autowired
    Agents agents;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    /**
     * One member in "hosting", where these tests' tickets are: without one, every breach would mail
     * every colleague the suite has made so far. The tests of that fallback take the member away.
     */
    @BeforeEach
    void one_member_in_hosting() {
        ServiceLevelFixtures.noMembers(context);
        members.change(
                ServiceLevelFixtures.departmentId(context, "hosting"),
                Set.of(agent("Lid Standaard").id()));
    }

    @AfterEach
    void departments_without_members() {
        ServiceLevelFixtures.noMembers(context);
    }

    @Test
    void a_first_response_past_due_is_told_once_with_a_line_in_the_history_however_often_the_sweep_runs() {
        var agent = agent("Agent Sweep");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofMinutes(61));

        breaches.notifyDue();
        breaches.notifyDue();

        assertThat(told(opened.number())).singleElement().satisfies(event -> {
            assertThat(event.clock()).isEqualTo("FIRST_RESPONSE");
            assertThat(event.levelName()).isEqualTo("Premium 24x7");
            assertThat(event.guaranteed()).isTrue();
            assertThat(event.department().code()).isEqualTo("hosting");
            assertThat(event.subject()).isEqualTo("Website ligt eruit");
            assertThat(event.due()).isBefore(java.time.Instant.now());
        });
        assertThat(breachLines(opened.number())).containsExactly("FIRST_RESPONSE");
        assertThat(agentDesk.find(opened.number(), agent).orElseThrow().history())
                .filteredOn(entry -> entry.change().equals("SLA_BREACHED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actorKind()).isEqualTo(AuthorKind.SYSTEM));
    }

    @Test
    void a_clock_with_time_left_is_not_told_yet() {
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent("Agent Geduld"));
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofMinutes(50));

        breaches.notifyDue();

        assertThat(told(opened.number())).isEmpty();
    }

    @Test
    void two_nodes_sweeping_at_the_same_moment_tell_a_breach_once() throws Exception {
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent("Agent Race"));
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofMinutes(90));

        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Integer> sweep = breaches::notifyDue;
            var a = nodes.submit(sweep);
            var b = nodes.submit(sweep);
            a.get();
            b.get();
        }

        assertThat(breachLines(opened.number())).containsExactly("FIRST_RESPONSE");
    }

    @Test
    void a_first_response_given_in_time_is_not_told_when_its_due_time_passes() {
        var agent = agent("Agent Op Tijd");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        agentDesk.reply(opened.number(), agent, "We kijken ernaar", TicketStatus.OPEN);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(2));

        breaches.notifyDue();

        assertThat(told(opened.number())).isEmpty();
        assertThat(breachLines(opened.number())).isEmpty();
    }

    @Test
    void a_ticket_on_hold_is_not_told_however_long_it_waits() {
        var agent = agent("Agent Wacht");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        agentDesk.changeStatus(opened.number(), agent, TicketStatus.ON_HOLD);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(30));

        breaches.notifyDue();

        assertThat(told(opened.number())).isEmpty();
    }

    @Test
    void every_new_customer_message_whose_answer_is_late_is_told_again() {
        var agent = agent("Agent Cyclus");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        var key = new TicketAccess.Key(opened.accessKey());
        agentDesk.reply(opened.number(), agent, "Eerste antwoord", TicketStatus.OPEN);
        desk.reply(opened.number(), key, "Het werkt nog steeds niet");
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(5));
        breaches.notifyDue();
        breaches.notifyDue();
        assertThat(told(opened.number()))
                .extracting(ServiceLevelBreached::clock)
                .containsExactly("NEXT_RESPONSE");

        agentDesk.reply(opened.number(), agent, "Tweede antwoord", TicketStatus.OPEN);
        desk.reply(opened.number(), key, "En nu?");
        breaches.notifyDue();
        assertThat(told(opened.number())).hasSize(1);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(5));
        breaches.notifyDue();

        assertThat(told(opened.number()))
                .extracting(ServiceLevelBreached::clock)
                .containsExactly("NEXT_RESPONSE", "NEXT_RESPONSE");
        assertThat(breachLines(opened.number())).containsExactly("NEXT_RESPONSE", "NEXT_RESPONSE");
    }

    @Test
    void the_assignee_and_the_department_s_members_are_told_and_nobody_else() {
        var agent = agent("Agent Leden");
        var assignee = agent("Behandelaar Leden");
        var member = agent("Lid Hosting");
        var otherMember = agent("Ander Lid Hosting");
        var inAnotherDepartment = agent("Lid Techniek");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id(), otherMember.id()));
        members.change(ServiceLevelFixtures.departmentId(context, "techniek"), Set.of(inAnotherDepartment.id()));
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        agentDesk.assign(opened.number(), agent, assignee.id());
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(2));

        breaches.notifyDue();

        assertThat(told(opened.number())).singleElement().satisfies(event -> {
            assertThat(event.assignee()).isEqualTo(assignee.id());
            assertThat(event.recipients().getFirst()).isEqualTo(assignee.id());
            assertThat(event.recipients()).containsExactlyInAnyOrder(assignee.id(), member.id(), otherMember.id());
        });
    }

    @Test
    void a_department_without_members_tells_everyone_who_works_with_customers() {
        ServiceLevelFixtures.noMembers(context);
        var agent = agent("Agent Iedereen");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(2));
        var everyone = agents.colleagues().stream().map(Agent::id).toList();

        breaches.notifyDue();

        assertThat(told(opened.number())).singleElement().satisfies(event -> {
            assertThat(event.assignee()).isNull();
            assertThat(event.recipients()).containsExactlyInAnyOrderElementsOf(everyone);
        });
    }

    @Test
    void members_who_no_longer_work_with_customers_do_not_count_so_everyone_is_told() {
        var agent = agent("Agent Vertrokken");
        var member = agent("Lid Vertrokken");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id()));
        staff.disable(
                member.id(), TestAccounts.create(accounts, Role.ADMINISTRATOR).id());
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(2));

        breaches.notifyDue();

        assertThat(told(opened.number())).singleElement().satisfies(event -> assertThat(event.recipients())
                .doesNotContain(member.id())
                .contains(agent.id()));
    }

    private List<ServiceLevelBreached> told(TicketNumber number) {
        return events.stream(ServiceLevelBreached.class)
                .filter(event -> event.number().equals(number))
                .toList();
    }

    private List<String> breachLines(TicketNumber number) {
        return jdbc.queryForList(
                "select h.new_value from ticket_history h join ticket t on t.id = h.ticket_id where t.number = ?"
                        + " and h.change_kind = 'SLA_BREACHED' order by h.occurred_at, h.id",
                String.class,
                number.value());
    }

    private Agent agent(String name) {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, name);
        return TicketFixtures.agent(account.id(), name);
    }
}
