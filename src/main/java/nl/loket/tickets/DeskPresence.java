package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has which ticket open at the desk, for the collision warning: every open desk page reports
 * itself (on load and then by heartbeat) and hears which colleagues are there too. Kept in the
 * database, so that agents on different app nodes see each other; a report is one cheap UPDATE (an
 * INSERT the first time), and a row counts only until {@code loket.tickets.presence.expiry} after
 * its last report. Every node sweeps expired rows now and then; deleting them twice is harmless.
 * Design: ADR 15.
 */
@Service
public class DeskPresence implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeskPresence.class);

    /** What a report hears back: the colleagues at the same ticket, and how many messages are new. */
    public record Snapshot(List<PresentColleague> colleagues, int unread) {

        public Snapshot {
            colleagues = List.copyOf(colleagues);
        }
    }

    private final JdbcTemplate jdbc;
    private final PresenceSettings settings;
    private final Clock clock;

    DeskPresence(JdbcTemplate jdbc, PresenceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Notes that {@code agent} is at the ticket doing {@code activity}, and tells who else is there
     * and how many messages from others came in after {@code seen}, the newest one their page shows.
     *
     * @throws TicketNotFoundException when there is no such ticket
     */
    @Transactional
    public Snapshot report(TicketNumber number, Agent agent, DeskActivity activity, SeenUpTo seen) {
        var ticket = jdbc.queryForList("select id from ticket where number = ?", Long.class, number.value()).stream()
                .findFirst()
                .orElseThrow(TicketNotFoundException::new);
        var now = Timestamp.from(clock.instant());
        var name = Ticket.shorten(agent.name(), 200);
        var updated = jdbc.update(
                "update ticket_presence set staff_name = ?, activity = ?, seen_at = ? where ticket_id = ? and staff_id = ?",
                name,
                activity.name(),
                now,
                ticket,
                agent.id().value());
        if (updated == 0) {
            // Two tabs of one agent may race here; whichever row wins is as fresh as the other.
            jdbc.update(
                    "insert into ticket_presence (ticket_id, staff_id, staff_name, activity, seen_at)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing",
                    ticket,
                    agent.id().value(),
                    name,
                    activity.name(),
                    now);
        }
        return new Snapshot(colleagues(ticket, agent), unread(ticket, agent, seen));
    }

    /** How often a page reports, and after how long without key presses or clicks it stops. */
    public Duration heartbeat() {
        return settings.heartbeat();
    }

    public Duration idleAfter() {
        return settings.idleAfter();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, settings.cleanupInterval());
    }

    /** Deletes the rows that no longer count; returns how many. */
    int removeExpired() {
        return jdbc.update("delete from ticket_presence where seen_at < ?", cutOff());
    }

    private void sweep() {
        try {
            removeExpired();
        } catch (RuntimeException e) {
            // A database hiccup must not end the timer; expired rows are ignored until the next run.
            log.warn("Removing expired desk presence failed: {}", e.getMessage());
        }
    }

    private List<PresentColleague> colleagues(long ticket, Agent agent) {
        return jdbc.query(
                "select staff_name, activity from ticket_presence"
                        + " where ticket_id = ? and staff_id <> ? and seen_at >= ? order by staff_name",
                (row, index) -> new PresentColleague(row.getString(1), DeskActivity.valueOf(row.getString(2))),
                ticket,
                agent.id().value(),
                cutOff());
    }

    private int unread(long ticket, Agent agent, SeenUpTo seen) {
        var count = jdbc.queryForObject(
                "select count(*) from ticket_message where ticket_id = ? and id > ?"
                        + " and (staff_id is null or staff_id <> ?)",
                Integer.class,
                ticket,
                seen.messageId(),
                agent.id().value());
        return count == null ? 0 : count;
    }

    private Timestamp cutOff() {
        return Timestamp.from(clock.instant().minus(settings.expiry()));
    }
}
