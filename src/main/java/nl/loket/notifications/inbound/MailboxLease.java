package nl.loket.notifications.inbound;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who reads a mailbox now: a row in {@code mail_inbound_lease} per mailbox, taken with one
 * conditional UPDATE (only when nobody holds it or the holder's time ran out), as the outbox
 * claims its mails. Both H2 and PostgreSQL re-check that condition after waiting for a competing
 * update, so one node wins. The holder extends the lease while it works; a node that dies leaves
 * the mailbox to the others once the lease has run out.
 */
@Component
class MailboxLease {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcTemplate jdbc;

    MailboxLease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What administrators see of a mailbox's last poll. */
    record State(
            @Nullable String heldBy,
            @Nullable Instant heldUntil,
            @Nullable Instant lastPollAt,
            @Nullable String lastError) {}

    /** Takes the mailbox for {@code holder} until {@code now + lease}; {@code false} when another holds it. */
    boolean claim(String mailbox, String holder, Instant now, Duration lease) {
        int taken = jdbc.update(
                "update mail_inbound_lease set held_by = ?, held_until = ?"
                        + " where mailbox = ? and (held_until is null or held_until < ?)",
                holder,
                utc(now.plus(lease)),
                mailbox,
                utc(now));
        if (taken == 1) {
            return true;
        }
        try {
            jdbc.update(
                    "insert into mail_inbound_lease (mailbox, held_by, held_until) values (?, ?, ?)",
                    mailbox,
                    holder,
                    utc(now.plus(lease)));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /** Extends the holder's lease; {@code false} when it ran out and another node took the mailbox. */
    boolean renew(String mailbox, String holder, Instant now, Duration lease) {
        return jdbc.update(
                        "update mail_inbound_lease set held_until = ? where mailbox = ? and held_by = ?",
                        utc(now.plus(lease)),
                        mailbox,
                        holder)
                == 1;
    }

    /** Gives the mailbox up and notes how the poll went ({@code error} null: it went well). */
    void release(String mailbox, String holder, Instant now, @Nullable String error) {
        jdbc.update(
                "update mail_inbound_lease set held_by = null, held_until = null, last_poll_at = ?, last_error = ?"
                        + " where mailbox = ? and held_by = ?",
                utc(now),
                error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH),
                mailbox,
                holder);
    }

    Optional<State> state(String mailbox) {
        List<State> states = jdbc.query(
                "select held_by, held_until, last_poll_at, last_error from mail_inbound_lease where mailbox = ?",
                (row, number) -> new State(
                        row.getString("held_by"),
                        instant(row.getObject("held_until", OffsetDateTime.class)),
                        instant(row.getObject("last_poll_at", OffsetDateTime.class)),
                        row.getString("last_error")),
                mailbox);
        return states.stream().findFirst();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant();
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
