package nl.loket.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;

/**
 * A small period of tickets for the service level report, played through the real desk with the
 * test clock moved years ahead (a different day each time, so that no other ticket is in it). Four
 * tickets in Technische ondersteuning on "Premium 24x7" (calendar time: first response 1 h, next
 * response 4 h, resolution 24 h), opened at t = 0:
 *
 * <ul>
 *   <li>B: answered at 10 min; the customer asks more at 20 min, answered at 50 min; still open.
 *   <li>A: answered at 30 min, resolved at 120 min.
 *   <li>C: answered at 120 min (first response missed), resolved at 180 min.
 *   <li>D: not answered; at 180 min its first response is past due.
 * </ul>
 *
 * And one guest ticket in Administratie on the default level, not answered. The test clock stays at
 * t = 180 min: the caller resets it afterwards.
 */
public final class ReportScenario {

    private final TicketDesk desk;
    private final AgentDesk agentDesk;
    private final AccountManagement accounts;
    private final ServiceLevels levels;
    private final TestClock clock;

    public ReportScenario(
            TicketDesk desk, AgentDesk agentDesk, AccountManagement accounts, ServiceLevels levels, Clock clock) {
        this.desk = desk;
        this.agentDesk = agentDesk;
        this.accounts = accounts;
        this.levels = levels;
        this.clock = (TestClock) clock;
    }

    public ServiceLevelDetails premium() {
        return levels.all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .findFirst()
                .orElseThrow();
    }

    /** Plays the period; returns the days it is in (the day of t = 0 and the next). */
    public ReportPeriod play() {
        clock.advance(Duration.ofDays(1000 + 5L * ThreadLocalRandom.current().nextInt(4000)));
        var start = LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE);
        minutesPlayed = 0;
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Rapport");
        var agent = TicketFixtures.agent(account.id(), "Agent Rapport");
        var a = premiumTicket(agent, "A");
        var b = premiumTicket(agent, "B");
        var c = premiumTicket(agent, "C");
        premiumTicket(agent, "D");
        desk.open(TicketFixtures.question(
                TicketFixtures.uniqueAddress("rapport-e"), "Factuur", "Vraag", null, Language.NL, "administratie"));

        at(10);
        agentDesk.reply(b.number(), agent, "Antwoord B", TicketStatus.OPEN);
        at(20);
        desk.reply(b.number(), new TicketAccess.Key(b.accessKey()), "Nog een vraag");
        at(30);
        agentDesk.reply(a.number(), agent, "Antwoord A", TicketStatus.OPEN);
        at(50);
        agentDesk.reply(b.number(), agent, "Tweede antwoord B", TicketStatus.OPEN);
        at(120);
        agentDesk.reply(c.number(), agent, "Antwoord C", TicketStatus.OPEN);
        agentDesk.changeStatus(a.number(), agent, TicketStatus.RESOLVED);
        at(180);
        agentDesk.changeStatus(c.number(), agent, TicketStatus.RESOLVED);
        return new ReportPeriod(start, start.plusDays(1));
    }

    private int minutesPlayed;

    private void at(int minute) {
        clock.advance(Duration.ofMinutes(minute - minutesPlayed));
        minutesPlayed = minute;
    }

    private OpenedTicket premiumTicket(Agent agent, String name) {
        var opened = desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("rapport-" + name.toLowerCase()), "Storing " + name, "Tekst"));
        agentDesk.changeServiceLevel(opened.number(), agent, premium().id(), "Rapporttest in kalendertijd");
        return opened;
    }

    /**
     * Deletes the mails the scenario queued years ahead (ticket received, replies): the outbox page
     * lists the newest first, and mails from the future would hide every later test's mail there.
     */
    public static void forgetMailsFromTheFuture(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update(
                "delete from mail_outbox where created_at > ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(1))));
    }
}
