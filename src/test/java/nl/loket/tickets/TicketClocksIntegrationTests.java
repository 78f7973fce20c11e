package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ticket's service level clocks follow what happens to it: its customer's level when it opens,
 * the first reply, waiting for the customer, another level with a reason. The "Premium 24x7" level
 * counts calendar time, so its due times do not depend on the weekday the suite runs on.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketClocksIntegrationTests {

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceLevels levels;

    @Autowired
    CustomerServiceLevels customerLevels;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_guest_ticket_gets_the_default_level_and_a_running_first_response_clock() {
        var opened = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("gast"), "Mail", "Tekst"));

        var view = agentDesk.find(opened.number(), agent()).orElseThrow();

        assertThat(view.serviceLevel().level().name()).isEqualTo("Best Effort");
        assertThat(view.serviceLevel().clocks()).singleElement().satisfies(clock -> {
            assertThat(clock.clock()).isEqualTo(ServiceClock.FIRST_RESPONSE);
            assertThat(clock.isRunning()).isTrue();
            assertThat(clock.due()).isAfter(clock.started());
        });
        assertThat(dueOnTicket(opened.number()))
                .isEqualTo(view.serviceLevel().clocks().getFirst().due());
    }

    @Test
    void a_premium_customer_s_ticket_is_due_within_the_hour_and_the_first_reply_stops_that_clock() {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Premium");
        customerLevels.choose(customer.id(), premium().id(), customer.id());
        var opened = desk.open(TicketFixtures.question(
                TicketFixtures.uniqueAddress("premium"),
                "Storing",
                "Site ligt eruit",
                customer.id(),
                Language.NL,
                "hosting"));
        var agent = agent();

        var before = agentDesk.find(opened.number(), agent).orElseThrow().serviceLevel();
        var first = clock(before, ServiceClock.FIRST_RESPONSE);
        assertThat(before.level().name()).isEqualTo("Premium 24x7");
        assertThat(Duration.between(first.started(), first.due())).isEqualTo(Duration.ofHours(1));
        assertThat(clock(before, ServiceClock.RESOLUTION).due())
                .isEqualTo(first.started().plus(Duration.ofHours(24)));

        agentDesk.reply(opened.number(), agent, "We kijken ernaar", TicketStatus.OPEN);

        var after =
                clock(agentDesk.find(opened.number(), agent).orElseThrow().serviceLevel(), ServiceClock.FIRST_RESPONSE);
        assertThat(after.isRunning()).isFalse();
        assertThat(after.stoppedBy()).isEqualTo("REPLY");
        assertThat(after.isMet()).isTrue();
        // The resolution clock still runs, so the ticket is due when that one is.
        assertThat(dueOnTicket(opened.number())).isEqualTo(first.started().plus(Duration.ofHours(24)));
    }

    @Test
    void waiting_for_the_customer_holds_the_clocks_and_their_answer_starts_the_next_response_clock() {
        var opened = premiumGuestTicket();
        var agent = agent();
        agentDesk.reply(opened.number(), agent, "Welk domein bedoelt u?", TicketStatus.WAITING_FOR_CUSTOMER);

        var waiting = agentDesk.find(opened.number(), agent).orElseThrow().serviceLevel();
        assertThat(clock(waiting, ServiceClock.RESOLUTION).isPaused()).isTrue();
        assertThat(dueOnTicket(opened.number())).isNull();

        desk.reply(opened.number(), new TicketAccess.Key(opened.accessKey()), "voorbeeld.nl");

        var answered = agentDesk.find(opened.number(), agent).orElseThrow().serviceLevel();
        var next = clock(answered, ServiceClock.NEXT_RESPONSE);
        assertThat(next.isRunning()).isTrue();
        assertThat(Duration.between(next.started(), next.due())).isEqualTo(Duration.ofHours(4));
        assertThat(dueOnTicket(opened.number())).isEqualTo(next.due());
    }

    @Test
    void staff_change_the_level_with_a_reason_that_the_history_keeps_and_the_clocks_follow() {
        var opened = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("upgrade"), "Vraag", "Tekst"));
        var agent = agent();

        agentDesk.changeServiceLevel(opened.number(), agent, premium().id(), "Klant heeft Premium afgesloten");

        var view = agentDesk.find(opened.number(), agent).orElseThrow();
        assertThat(view.serviceLevel().level().name()).isEqualTo("Premium 24x7");
        var first = clock(view.serviceLevel(), ServiceClock.FIRST_RESPONSE);
        assertThat(Duration.between(first.started(), first.due())).isEqualTo(Duration.ofHours(1));
        assertThat(view.history())
                .filteredOn(entry -> entry.change().equals("SERVICE_LEVEL"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.oldValue()).isEqualTo("Best Effort");
                    assertThat(entry.newValue()).isEqualTo("Premium 24x7");
                    assertThat(entry.reason()).isEqualTo("Klant heeft Premium afgesloten");
                    assertThat(entry.actorName()).isEqualTo("Agent Klok");
                });
    }

    @Test
    void a_level_change_without_a_reason_is_refused_and_changes_nothing() {
        var opened = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("reden"), "Vraag", "Tekst"));
        var agent = agent();

        assertThatThrownBy(() -> agentDesk.changeServiceLevel(
                        opened.number(), agent, premium().id(), "  "))
                .isInstanceOfSatisfying(TicketRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tickets.rule.service-level-reason"));
        assertThat(agentDesk
                        .find(opened.number(), agent)
                        .orElseThrow()
                        .serviceLevel()
                        .level()
                        .name())
                .isEqualTo("Best Effort");
    }

    @Test
    void a_new_next_response_cycle_owes_a_breach_notice_again() {
        var opened = premiumGuestTicket();
        var agent = agent();
        var key = new TicketAccess.Key(opened.accessKey());
        agentDesk.reply(opened.number(), agent, "Eerste antwoord", TicketStatus.OPEN);
        desk.reply(opened.number(), key, "Nog een vraag");
        jdbc.update(
                "update ticket_service_clock set breach_notified_at = ? where clock = 'NEXT_RESPONSE'"
                        + " and ticket_id = (select id from ticket where number = ?)",
                Timestamp.from(Instant.now()),
                opened.number().value());
        agentDesk.reply(opened.number(), agent, "Tweede antwoord", TicketStatus.OPEN);
        assertThat(notifiedNextResponse(opened.number())).isTrue();

        desk.reply(opened.number(), key, "En nog een");

        assertThat(notifiedNextResponse(opened.number())).isFalse();
    }

    private OpenedTicket premiumGuestTicket() {
        var opened = desk.open(
                TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("gast-premium"), "Storing", "Tekst"));
        agentDesk.changeServiceLevel(opened.number(), agent(), premium().id(), "Test met kalendertijd");
        return opened;
    }

    private boolean notifiedNextResponse(TicketNumber number) {
        return jdbc.queryForObject(
                "select breach_notified_at is not null from ticket_service_clock where clock = 'NEXT_RESPONSE'"
                        + " and ticket_id = (select id from ticket where number = ?)",
                Boolean.class,
                number.value());
    }

    private Instant dueOnTicket(TicketNumber number) {
        var due =
                jdbc.queryForObject("select sla_due_at from ticket where number = ?", Timestamp.class, number.value());
        return due == null ? null : due.toInstant();
    }

    private ServiceLevelDetails premium() {
        return levels.all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .findFirst()
                .orElseThrow();
    }

    private static ClockReading clock(TicketServiceLevel level, ServiceClock which) {
        return level.clocks().stream()
                .filter(c -> c.clock() == which)
                .findFirst()
                .orElseThrow();
    }

    private Agent agent() {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Klok");
        return TicketFixtures.agent(account.id(), "Agent Klok");
    }
}
