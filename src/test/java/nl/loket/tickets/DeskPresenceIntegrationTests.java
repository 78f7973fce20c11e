package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.loket.accounts.AccountId;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who is at a ticket at the desk: reports, expiry after the configured time, and the sweep. */
@DatabaseTest
@LoketIntegrationTest
class DeskPresenceIntegrationTests {

    private static final Agent ANNA = TicketFixtures.agent(new AccountId(900_001), "Anna Aanwezig");
    private static final Agent BOB = TicketFixtures.agent(new AccountId(900_002), "Bob Bezig");

    @Autowired
    DeskPresence presence;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void a_colleague_at_the_ticket_is_seen_with_what_they_do_and_nobody_sees_themself() {
        var ticket = open();

        presence.report(ticket, ANNA, DeskActivity.REPLYING, seen(ticket));
        var bob = presence.report(ticket, BOB, DeskActivity.VIEWING, seen(ticket));
        var anna = presence.report(ticket, ANNA, DeskActivity.REPLYING, seen(ticket));

        assertThat(bob.colleagues()).containsExactly(new PresentColleague("Anna Aanwezig", DeskActivity.REPLYING));
        assertThat(anna.colleagues()).containsExactly(new PresentColleague("Bob Bezig", DeskActivity.VIEWING));
    }

    @Test
    void a_colleague_without_heartbeat_drops_out_once_the_expiry_has_passed() {
        var ticket = open();
        presence.report(ticket, ANNA, DeskActivity.VIEWING, seen(ticket));

        clock.advance(Duration.ofSeconds(35));
        assertThat(presence.report(ticket, BOB, DeskActivity.VIEWING, seen(ticket))
                        .colleagues())
                .extracting(PresentColleague::name)
                .containsExactly("Anna Aanwezig");

        clock.advance(Duration.ofSeconds(6));
        assertThat(presence.report(ticket, BOB, DeskActivity.VIEWING, seen(ticket))
                        .colleagues())
                .isEmpty();
    }

    @Test
    void a_heartbeat_keeps_a_colleague_present_and_updates_what_they_do() {
        var ticket = open();
        presence.report(ticket, ANNA, DeskActivity.VIEWING, seen(ticket));

        clock.advance(Duration.ofSeconds(30));
        presence.report(ticket, ANNA, DeskActivity.NOTING, seen(ticket));
        clock.advance(Duration.ofSeconds(30));

        assertThat(presence.report(ticket, BOB, DeskActivity.VIEWING, seen(ticket))
                        .colleagues())
                .containsExactly(new PresentColleague("Anna Aanwezig", DeskActivity.NOTING));
    }

    @Test
    void the_sweep_deletes_expired_rows_and_keeps_live_ones() {
        var ticket = open();
        presence.report(ticket, ANNA, DeskActivity.VIEWING, seen(ticket));
        clock.advance(Duration.ofMinutes(1));
        presence.report(ticket, BOB, DeskActivity.VIEWING, seen(ticket));

        presence.removeExpired();

        assertThat(jdbc.queryForList(
                        "select p.staff_name from ticket_presence p join ticket t on t.id = p.ticket_id"
                                + " where t.number = ?",
                        String.class,
                        ticket.value()))
                .containsExactly("Bob Bezig");
    }

    @Test
    void a_report_counts_the_messages_by_others_after_the_newest_one_on_the_page() {
        var ticket = open();
        var page = seen(ticket);

        agentDesk.note(ticket, ANNA, "Eigen notitie");
        agentDesk.note(ticket, BOB, "Notitie van Bob");
        agentDesk.reply(ticket, BOB, "Antwoord van Bob", TicketStatus.OPEN);

        assertThat(presence.report(ticket, ANNA, DeskActivity.VIEWING, page).unread())
                .isEqualTo(2);
        assertThat(presence.report(ticket, ANNA, DeskActivity.VIEWING, seen(ticket))
                        .unread())
                .isZero();
    }

    @Test
    void a_report_on_a_ticket_that_does_not_exist_is_refused() {
        assertThatThrownBy(() ->
                        presence.report(new TicketNumber("0000-0000"), ANNA, DeskActivity.VIEWING, new SeenUpTo(0)))
                .isInstanceOf(TicketNotFoundException.class);
    }

    private TicketNumber open() {
        return desk.open(TicketFixtures.guestQuestion(
                        TicketFixtures.uniqueAddress("presence"), "Aanwezig", "Wie kijkt er mee?"))
                .number();
    }

    private SeenUpTo seen(TicketNumber ticket) {
        return agentDesk.find(ticket, ANNA).orElseThrow().seen();
    }
}
