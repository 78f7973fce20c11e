package nl.loket.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.Target;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service level clocks of tickets (ADR 19). Whenever a ticket changes in a way a clock cares
 * about (opened, status, a reply, another level), its clocks are read again from its history
 * ({@link ServiceClockCalculator}) and written to {@code ticket_service_clock}, and the earliest due
 * and warning times of its running clocks to the ticket, where the queue sorts and filters by them.
 * The rows are a copy of what the history says, kept for the queue, the breach sweep and the report;
 * only {@code breach_notified_at} is their own.
 */
@Component
class TicketClocks {

    /** The history lines that move a clock. */
    static final Set<String> MOVING =
            Set.of("OPENED", "STATUS", "STAFF_REPLIED", "CUSTOMER_REPLIED", "SERVICE_LEVEL", "MERGED_INTO");

    private final JdbcTemplate jdbc;
    private final ServiceLevels levels;
    private final ServiceLevelSettings settings;

    TicketClocks(JdbcTemplate jdbc, ServiceLevels levels, ServiceLevelSettings settings) {
        this.jdbc = jdbc;
        this.levels = levels;
        this.settings = settings;
    }

    /** Reads the clocks again when one of {@code changes} moves them. */
    void changed(Ticket ticket, List<Ticket.Change> changes, Instant now) {
        if (changes.stream().noneMatch(change -> MOVING.contains(change.kind()))) {
            return;
        }
        var levelId = ticket.serviceLevelId();
        var level = levelId == null ? Optional.<ServiceLevelDetails>empty() : levels.cached(levelId);
        if (level.isEmpty()) {
            return;
        }
        var opening = changes.size() == 1 && changes.getFirst().kind().equals("OPENED");
        var steps = opening ? List.<ServiceClockCalculator.Step>of() : steps(ticket.id());
        var readings = ServiceClockCalculator.read(
                ticket.createdAt(), steps, level.get(), levels.calendarOf(level.get()), settings.warnPercent());
        write(ticket.id(), readings, opening);
    }

    /** The ticket's level and clocks as last read; empty for a ticket from before service levels. */
    @Transactional(readOnly = true)
    Optional<TicketServiceLevel> of(Ticket ticket) {
        var levelId = ticket.serviceLevelId();
        if (levelId == null) {
            return Optional.empty();
        }
        return levels.cached(levelId).map(level -> new TicketServiceLevel(level, readings(ticket.id())));
    }

    List<ClockReading> readings(long ticketId) {
        return jdbc
                .query("select * from ticket_service_clock where ticket_id = ?", TicketClocks::reading, ticketId)
                .stream()
                .sorted(Comparator.comparing(ClockReading::clock))
                .toList();
    }

    private List<ServiceClockCalculator.Step> steps(long ticketId) {
        return jdbc.query(
                "select change_kind, new_value, occurred_at from ticket_history where ticket_id = ?"
                        + " and change_kind in ('STATUS', 'STAFF_REPLIED', 'CUSTOMER_REPLIED') order by occurred_at, id",
                (row, index) -> {
                    var at = row.getTimestamp("occurred_at").toInstant();
                    return switch (row.getString("change_kind")) {
                        case "STATUS" ->
                            new ServiceClockCalculator.Step.StatusChanged(
                                    at, TicketStatus.valueOf(row.getString("new_value")));
                        case "STAFF_REPLIED" -> new ServiceClockCalculator.Step.StaffReplied(at);
                        default -> new ServiceClockCalculator.Step.CustomerReplied(at);
                    };
                },
                ticketId);
    }

    private void write(long ticketId, List<ClockReading> readings, boolean opening) {
        var kept = new HashMap<ServiceClock, Instant>();
        if (!opening) {
            jdbc.query(
                    "select clock, started_at from ticket_service_clock where ticket_id = ?",
                    row -> {
                        kept.put(
                                ServiceClock.valueOf(row.getString("clock")),
                                row.getTimestamp("started_at").toInstant());
                    },
                    ticketId);
        }
        for (var reading : readings) {
            var started = kept.remove(reading.clock());
            if (started == null) {
                insert(ticketId, reading);
            } else {
                update(ticketId, reading, started.equals(reading.started()));
            }
        }
        for (var gone : kept.keySet()) {
            jdbc.update("delete from ticket_service_clock where ticket_id = ? and clock = ?", ticketId, gone.name());
        }
        var running = readings.stream().filter(ClockReading::isRunning).toList();
        jdbc.update(
                "update ticket set sla_due_at = ?, sla_warn_at = ? where id = ?",
                timestamp(earliest(running.stream().map(ClockReading::due).toList())),
                timestamp(earliest(running.stream().map(ClockReading::warnAt).toList())),
                ticketId);
    }

    private void insert(long ticketId, ClockReading reading) {
        jdbc.update(
                "insert into ticket_service_clock (ticket_id, clock, target_minutes, time_basis, started_at, due_at,"
                        + " warn_at, stopped_at, stopped_by, counted_seconds) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ticketId,
                reading.clock().name(),
                reading.target().minutes(),
                reading.target().basis().name(),
                Timestamp.from(reading.started()),
                timestamp(reading.due()),
                timestamp(reading.warnAt()),
                timestamp(reading.stopped()),
                reading.stoppedBy(),
                reading.counted() == null ? null : reading.counted().toSeconds());
    }

    /** A new cycle (another start) may breach again, so its notice is owed again. */
    private void update(long ticketId, ClockReading reading, boolean sameCycle) {
        jdbc.update(
                "update ticket_service_clock set target_minutes = ?, time_basis = ?, started_at = ?, due_at = ?,"
                        + " warn_at = ?, stopped_at = ?, stopped_by = ?, counted_seconds = ?"
                        + (sameCycle ? "" : ", breach_notified_at = null")
                        + " where ticket_id = ? and clock = ?",
                reading.target().minutes(),
                reading.target().basis().name(),
                Timestamp.from(reading.started()),
                timestamp(reading.due()),
                timestamp(reading.warnAt()),
                timestamp(reading.stopped()),
                reading.stoppedBy(),
                reading.counted() == null ? null : reading.counted().toSeconds(),
                ticketId,
                reading.clock().name());
    }

    private static ClockReading reading(ResultSet row, int index) throws SQLException {
        var counted =
                row.getObject("counted_seconds") == null ? null : Duration.ofSeconds(row.getLong("counted_seconds"));
        return new ClockReading(
                ServiceClock.valueOf(row.getString("clock")),
                new Target(row.getInt("target_minutes"), TimeBasis.valueOf(row.getString("time_basis"))),
                row.getTimestamp("started_at").toInstant(),
                instant(row.getTimestamp("due_at")),
                instant(row.getTimestamp("warn_at")),
                instant(row.getTimestamp("stopped_at")),
                row.getString("stopped_by"),
                counted);
    }

    private static @Nullable Instant earliest(List<@Nullable Instant> times) {
        return times.stream()
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
