package nl.loket.tickets.time;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.Agent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table of time entries. */
@Component
class TimeEntries {

    private final JdbcTemplate jdbc;

    TimeEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    TimeEntry add(long ticketId, Agent agent, TimeInput input, long rateCents, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into ticket_time_entry (ticket_id, agent_id, agent_name, work_day, minutes,"
                                    + " billable, description, rate_cents, created_at, updated_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, ticketId);
                    insert.setLong(2, agent.id().value());
                    insert.setString(
                            3, agent.name().length() > 200 ? agent.name().substring(0, 200) : agent.name());
                    insert.setDate(4, Date.valueOf(input.day()));
                    insert.setInt(5, input.minutes());
                    insert.setBoolean(6, input.billable());
                    insert.setString(7, input.description());
                    insert.setLong(8, rateCents);
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.setTimestamp(10, Timestamp.from(now));
                    return insert;
                },
                keys);
        return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    Optional<TimeEntry> find(long id) {
        return jdbc.query("select * from ticket_time_entry where id = ?", TimeEntries::entry, id).stream()
                .findFirst();
    }

    void change(long id, TimeInput input, Instant now) {
        jdbc.update(
                "update ticket_time_entry set work_day = ?, minutes = ?, billable = ?, description = ?, updated_at = ?"
                        + " where id = ?",
                Date.valueOf(input.day()),
                input.minutes(),
                input.billable(),
                input.description(),
                Timestamp.from(now),
                id);
    }

    void delete(long id) {
        jdbc.update("delete from ticket_time_entry where id = ?", id);
    }

    List<TimeEntry> ofTicket(long ticketId) {
        return jdbc.query(
                "select * from ticket_time_entry where ticket_id = ? order by work_day, id",
                TimeEntries::entry,
                ticketId);
    }

    /** Billable entries of every ticket on the days {@code from} up to and including {@code to}. */
    List<TimeEntry> billableBetween(LocalDate from, LocalDate to) {
        return jdbc.query(
                "select * from ticket_time_entry where billable = true and work_day between ? and ?"
                        + " order by work_day, ticket_id, id",
                TimeEntries::entry,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Billable entries on the tickets of one customer account, on the days {@code from}..{@code to}. */
    List<TimeEntry> billableOfCustomer(AccountId customer, LocalDate from, LocalDate to) {
        return jdbc.query(
                "select e.* from ticket_time_entry e join ticket t on t.id = e.ticket_id"
                        + " where t.customer_id = ? and e.billable = true and e.work_day between ? and ?"
                        + " order by e.work_day, e.ticket_id, e.id",
                TimeEntries::entry,
                customer.value(),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    private static TimeEntry entry(ResultSet row, int index) throws SQLException {
        return new TimeEntry(
                row.getLong("id"),
                row.getLong("ticket_id"),
                new AccountId(row.getLong("agent_id")),
                row.getString("agent_name"),
                row.getDate("work_day").toLocalDate(),
                row.getInt("minutes"),
                row.getBoolean("billable"),
                row.getString("description"),
                row.getLong("rate_cents"),
                row.getTimestamp("created_at").toInstant());
    }
}
