package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.loket.accounts.AccountId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads a ticket's history; rows are only ever added. */
@Component
class TicketHistory {

    private final JdbcTemplate jdbc;
    private final TicketClocks clocks;

    TicketHistory(JdbcTemplate jdbc, TicketClocks clocks) {
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    /**
     * Writes the changes the ticket noted since the last call, as made by {@code actor}; when one of
     * them moves a service level clock (see {@link TicketClocks}), the clocks are read again.
     */
    void record(Ticket ticket, Actor actor, Instant at) {
        var changes = ticket.takeChanges();
        for (var change : changes) {
            record(ticket.id(), actor, change, at);
        }
        clocks.changed(ticket, changes, at);
    }

    void record(long ticketId, Actor actor, Ticket.Change change, Instant at) {
        jdbc.update(
                "insert into ticket_history (ticket_id, occurred_at, actor_kind, actor_id, actor_name, change_kind,"
                        + " old_value, new_value, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ticketId,
                Timestamp.from(at),
                actor.kind().name(),
                actor.id() == null ? null : actor.id().value(),
                Ticket.shorten(actor.name(), 200),
                change.kind(),
                change.oldValue() == null ? null : Ticket.shorten(change.oldValue(), 200),
                change.newValue() == null ? null : Ticket.shorten(change.newValue(), 200),
                change.reason() == null ? null : Ticket.shorten(change.reason(), Ticket.MAX_REASON));
    }

    List<HistoryEntry> of(long ticketId) {
        return jdbc.query(
                "select * from ticket_history where ticket_id = ? order by occurred_at, id",
                (row, index) -> new HistoryEntry(
                        row.getTimestamp("occurred_at").toInstant(),
                        AuthorKind.valueOf(row.getString("actor_kind")),
                        row.getObject("actor_id") == null ? null : new AccountId(row.getLong("actor_id")),
                        row.getString("actor_name"),
                        row.getString("change_kind"),
                        row.getString("old_value"),
                        row.getString("new_value"),
                        row.getString("reason")),
                ticketId);
    }
}
