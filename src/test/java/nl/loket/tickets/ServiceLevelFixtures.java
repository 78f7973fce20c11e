package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service level tickets for tests: a ticket on the "Premium 24x7" level (calendar time, so due
 * times do not depend on the weekday), and time passing for one ticket alone, so that a test can
 * make its own ticket's clocks run out without moving the application's clock for every ticket.
 */
public final class ServiceLevelFixtures {

    private ServiceLevelFixtures() {}

    /** A guest's ticket in {@code department}, given the "Premium 24x7" level (first response within an hour). */
    public static OpenedTicket premiumTicket(ApplicationContext context, String department, Agent agent) {
        var desk = context.getBean(TicketDesk.class);
        var opened = desk.open(TicketFixtures.question(
                TicketFixtures.uniqueAddress("sla"),
                "Website ligt eruit",
                "Sinds vanochtend is mijn site onbereikbaar.",
                null,
                nl.loket.shared.Language.NL,
                department));
        context.getBean(AgentDesk.class)
                .changeServiceLevel(opened.number(), agent, premium(context).id(), "Test met kalendertijd");
        return opened;
    }

    public static ServiceLevelDetails premium(ApplicationContext context) {
        return context.getBean(ServiceLevels.class).all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * As if {@code by} had passed for this ticket: its opening and history move back by that much,
     * and its clocks are read again.
     */
    public static void timePasses(ApplicationContext context, TicketNumber number, Duration by) {
        var jdbc = context.getBean(JdbcTemplate.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            var id = jdbc.queryForObject("select id from ticket where number = ?", Long.class, number.value());
            var created = jdbc.queryForObject("select created_at from ticket where id = ?", Timestamp.class, id);
            jdbc.update(
                    "update ticket set created_at = ? where id = ?",
                    Timestamp.from(created.toInstant().minus(by)),
                    id);
            var lines = new HashMap<Long, Instant>();
            jdbc.query(
                    "select id, occurred_at from ticket_history where ticket_id = ?",
                    row -> {
                        lines.put(
                                row.getLong("id"),
                                row.getTimestamp("occurred_at").toInstant());
                    },
                    id);
            lines.forEach((line, at) -> jdbc.update(
                    "update ticket_history set occurred_at = ? where id = ?", Timestamp.from(at.minus(by)), line));
            var ticket = context.getBean(TicketRepository.class).findById(id).orElseThrow();
            context.getBean(TicketClocks.class)
                    .changed(ticket, List.of(new Ticket.Change("STATUS", null, null)), Instant.now());
        });
    }

    /** Sets every department back to no members (they notify everyone who works with customers). */
    public static void noMembers(ApplicationContext context) {
        context.getBean(JdbcTemplate.class).update("delete from ticket_department_agent");
    }

    public static long departmentId(ApplicationContext context, String code) {
        return context.getBean(DepartmentRepository.class)
                .findByCode(code)
                .orElseThrow()
                .id();
    }
}
