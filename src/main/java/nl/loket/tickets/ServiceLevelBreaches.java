package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import nl.loket.tickets.servicelevel.ServiceLevels;
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
 * Tells the staff once when a running service level clock passes its due time (ADR 19). Every node
 * runs this sweep every {@code loket.tickets.service-levels.breach-check-interval}; each clock is
 * claimed by a conditional UPDATE of its {@code breach_notified_at} (only while nobody was told, the
 * clock still runs and is past due), so whichever node gets there first writes the history line and
 * publishes {@link ServiceLevelBreached} in the claim's transaction, and the mails are queued there
 * too. A paused clock has no due time and a stopped one is left alone; a new next-response cycle
 * clears the mark ({@link TicketClocks}), so its breach is told again.
 */
@Component
public class ServiceLevelBreaches implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelBreaches.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TicketRepository tickets;
    private final DepartmentRepository departments;
    private final DepartmentMembers members;
    private final ServiceLevels levels;
    private final TicketHistory history;
    private final ApplicationEventPublisher events;
    private final ServiceLevelSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ServiceLevelBreaches(
            JdbcTemplate jdbc,
            TicketRepository tickets,
            DepartmentRepository departments,
            DepartmentMembers members,
            ServiceLevels levels,
            TicketHistory history,
            ApplicationEventPublisher events,
            ServiceLevelSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.departments = departments;
        this.members = members;
        this.levels = levels;
        this.history = history;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, settings.breachCheckInterval());
    }

    void run() {
        try {
            notifyDue();
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; the next run tries again.
            log.warn("Looking for service level breaches failed: {}", e.getMessage());
        }
    }

    /** Tells the staff of every running clock past due that nobody was told of; returns how many this call told. */
    public int notifyDue() {
        var told = 0;
        while (true) {
            var now = clock.instant();
            var due = jdbc.query(
                    "select ticket_id, clock from ticket_service_clock where breach_notified_at is null"
                            + " and stopped_at is null and due_at <= ? order by due_at, ticket_id, clock limit ?",
                    (row, index) -> new Due(row.getLong("ticket_id"), row.getString("clock")),
                    Timestamp.from(now),
                    BATCH);
            var toldNow = 0;
            for (var clock : due) {
                var done = transaction.execute(status -> tell(clock, now));
                toldNow += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            told += toldNow;
            if (due.size() < BATCH || toldNow == 0) {
                return told;
            }
        }
    }

    private boolean tell(Due clock, Instant now) {
        var claimed = jdbc.update(
                "update ticket_service_clock set breach_notified_at = ? where ticket_id = ? and clock = ?"
                        + " and breach_notified_at is null and stopped_at is null and due_at <= ?",
                Timestamp.from(now),
                clock.ticketId(),
                clock.clock(),
                Timestamp.from(now));
        if (claimed == 0) {
            return false; // another node was first, or the clock stopped or paused meanwhile
        }
        var dueAt = jdbc.queryForObject(
                        "select due_at from ticket_service_clock where ticket_id = ? and clock = ?",
                        Timestamp.class,
                        clock.ticketId(),
                        clock.clock())
                .toInstant();
        var ticket = tickets.findById(clock.ticketId()).orElseThrow();
        var department = departments.findById(ticket.departmentId()).orElseThrow();
        var levelId = ticket.serviceLevelId();
        var level = levelId == null ? null : levels.cached(levelId).orElse(null);
        history.record(ticket.id(), Actor.system(), new Ticket.Change("SLA_BREACHED", null, clock.clock()), now);
        events.publishEvent(new ServiceLevelBreached(
                ticket.number(),
                ticket.subject(),
                department.toView(),
                level == null ? "" : level.name(),
                clock.clock(),
                dueAt,
                level != null && level.guaranteed(),
                ticket.assignee(),
                members.breachRecipients(department.id(), ticket.assignee())));
        return true;
    }

    private record Due(long ticketId, String clock) {}
}
