package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes resolved tickets once {@code loket.tickets.auto-close-after} has passed without an answer.
 * Every node runs it; each ticket is closed by a conditional UPDATE (only while it is still resolved
 * since before the cut-off), so whichever node gets there first closes it, once, and writes the
 * history line and the customer's mail in the same transaction.
 */
@Component
class AutoClose implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TicketRepository tickets;
    private final DepartmentRepository departments;
    private final TicketHistory history;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final TicketSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AutoClose(
            JdbcTemplate jdbc,
            TicketRepository tickets,
            DepartmentRepository departments,
            TicketHistory history,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            TicketSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.departments = departments;
        this.history = history;
        this.facing = facing;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, settings.autoCloseInterval());
    }

    void run() {
        try {
            closeDue();
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; the next run tries again.
            log.warn("Closing resolved tickets failed: {}", e.getMessage());
        }
    }

    /** Closes every ticket resolved before the cut-off; returns how many this call closed. */
    int closeDue() {
        var closed = 0;
        while (true) {
            var now = clock.instant();
            var cutOff = now.minus(settings.autoCloseAfter());
            var due = jdbc.queryForList(
                    "select id from ticket where status = 'RESOLVED' and resolved_at <= ? order by resolved_at, id"
                            + " limit ?",
                    Long.class,
                    Timestamp.from(cutOff),
                    BATCH);
            var closedNow = 0;
            for (var id : due) {
                var done = transaction.execute(status -> close(id, now, cutOff));
                closedNow += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            closed += closedNow;
            if (due.size() < BATCH || closedNow == 0) {
                return closed;
            }
        }
    }

    private boolean close(long id, Instant now, Instant cutOff) {
        var updated = jdbc.update(
                "update ticket set status = 'CLOSED', closed_at = ?, updated_at = ?, resolved_at = null,"
                        + " version = version + 1 where id = ? and status = 'RESOLVED' and resolved_at <= ?",
                Timestamp.from(now),
                Timestamp.from(now),
                id,
                Timestamp.from(cutOff));
        if (updated == 0) {
            return false; // another node, or the customer, was first
        }
        history.record(id, Actor.system(), new Ticket.Change("STATUS", "RESOLVED", "CLOSED"), now);
        var ticket = tickets.findById(id).orElseThrow();
        var department = departments.findById(ticket.departmentId()).orElseThrow();
        events.publishEvent(new TicketStatusChanged(
                facing.mailContext(ticket, department, now),
                TicketStatus.RESOLVED,
                TicketStatus.CLOSED,
                AuthorKind.SYSTEM,
                true));
        return true;
    }
}
