package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Guests' private links. Each key is issued once, returned in the clear for the link, and stored as
 * its SHA-256 only; every key of a ticket opens that ticket and nothing else.
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
                "select count(*) from ticket_access_key where key_hash = ? and ticket_id = ?",
                Integer.class,
                TicketSecrets.hash(key),
                ticketId);
        return found != null && found > 0;
    }
}
