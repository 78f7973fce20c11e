package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Guests' private links. Each key is issued once, returned in the clear for the link, and stored as
 * its SHA-256 only; every key of a ticket opens that ticket and nothing else, except that the keys of
 * a merged ticket also open the ticket it was merged into.
 */
@Component
class TicketAccessKeys {

    private final JdbcTemplate jdbc;

    TicketAccessKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String issue(long ticketId, Instant now) {
        var key = TicketSecrets.newAccessKey();
        jdbc.update(
                "insert into ticket_access_key (ticket_id, key_hash, created_at) values (?, ?, ?)",
                ticketId,
                TicketSecrets.hash(key),
                Timestamp.from(now));
        return key;
    }

    boolean opens(long ticketId, String key) {
        if (!TicketSecrets.plausibleKey(key)) {
            return false;
        }
        var found = jdbc.queryForObject(
                "select count(*) from ticket_access_key k join ticket t on t.id = k.ticket_id"
                        + " where k.key_hash = ? and (t.id = ? or t.merged_into_id = ?)",
                Integer.class,
                TicketSecrets.hash(key),
                ticketId,
                ticketId);
        return found != null && found > 0;
    }
}
