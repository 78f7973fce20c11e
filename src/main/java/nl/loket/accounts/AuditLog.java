package nl.loket.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The security audit log: every {@link SecurityEvent} becomes a row, and rows are only ever added
 * (there is no code path that changes or deletes one). Administrators read it with filters.
 */
@Service
public class AuditLog {

    /** Business days and date filters are Dutch days; timestamps are stored in UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final int MAX_DETAIL = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row of the log. */
    public record Entry(
            long id,
            Instant occurredAt,
            SecurityEvent.Kind kind,
            @Nullable Long subject,
            @Nullable Long actor,
            String email,
            @Nullable String ip,
            String detail) {}

    /** What an administrator filters on; every part is optional. Dates are inclusive. */
    public record Filter(
            SecurityEvent.@Nullable Kind kind,
            @Nullable String email,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /**
     * Stores the event after the transaction that published it committed, or at once when it was
     * published outside one (a failed sign-in), in a transaction of its own either way.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SecurityEvent event) {
        var detail = event.detail().length() > MAX_DETAIL ? event.detail().substring(0, MAX_DETAIL) : event.detail();
        var email = event.email().length() > 320 ? event.email().substring(0, 320) : event.email();
        jdbc.update(
                "insert into audit_event (occurred_at, kind, subject_id, actor_id, email, ip, detail) values (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                event.kind().name(),
                event.subject() == null ? null : event.subject().value(),
                event.actor() == null ? null : event.actor().value(),
                email.strip().toLowerCase(Locale.ROOT),
                event.ip(),
                detail);
    }

    /** The newest entries first that match the filter, one page at a time. */
    @Transactional(readOnly = true)
    public Page<Entry> search(Filter filter, int page, int size) {
        var where = new StringBuilder(" where 1 = 1");
        var args = new ArrayList<Object>();
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.email() != null && !filter.email().isBlank()) {
            where.append(" and email = ?");
            args.add(filter.email().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        var total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Entry> rows = jdbc.query(
                "select * from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?",
                AuditLog::entry,
                pageArgs.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }

    private static Entry entry(ResultSet row, int index) throws SQLException {
        var subject = row.getObject("subject_id") == null ? null : row.getLong("subject_id");
        var actor = row.getObject("actor_id") == null ? null : row.getLong("actor_id");
        return new Entry(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                SecurityEvent.Kind.valueOf(row.getString("kind")),
                subject,
                actor,
                row.getString("email"),
                row.getString("ip"),
                row.getString("detail"));
    }
}
