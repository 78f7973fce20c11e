package nl.loket.tickets.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.TicketNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Running timers, one row per agent in the database: a timer survives a reload and any app node
 * sees and stops it. The primary key makes "one timer per agent" hold across nodes, and stopping
 * deletes the row under a condition, so that two simultaneous stops make one entry.
 */
@Component
class Timers {

    private final JdbcTemplate jdbc;

    Timers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a timer; false when the agent already has one running (on any ticket). */
    boolean start(AccountId agent, long ticketId, boolean billable, String description, Instant now) {
        try {
            jdbc.update(
                    "insert into ticket_time_timer (agent_id, ticket_id, billable, description, started_at)"
                            + " values (?, ?, ?, ?, ?)",
                    agent.value(),
                    ticketId,
                    billable,
                    description,
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException running) {
            return false;
        }
    }

    Optional<RunningTimer> running(AccountId agent) {
        return jdbc
                .query(
                        "select m.*, t.number from ticket_time_timer m join ticket t on t.id = m.ticket_id"
                                + " where m.agent_id = ?",
                        (row, index) -> new RunningTimer(
                                row.getLong("ticket_id"),
                                TicketNumber.parse(row.getString("number")).orElseThrow(),
                                row.getBoolean("billable"),
                                row.getString("description"),
                                row.getTimestamp("started_at").toInstant()),
                        agent.value())
                .stream()
                .findFirst();
    }

    /** Ends the agent's timer on this ticket; empty when there was none or another node stopped it first. */
    Optional<RunningTimer> stop(AccountId agent, long ticketId) {
        return running(agent)
                .filter(timer -> timer.ticketId() == ticketId)
                .filter(timer -> jdbc.update(
                                "delete from ticket_time_timer where agent_id = ? and ticket_id = ? and started_at = ?",
                                agent.value(),
                                ticketId,
                                Timestamp.from(timer.startedAt()))
                        == 1);
    }
}
