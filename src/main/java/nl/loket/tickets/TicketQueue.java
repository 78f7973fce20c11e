package nl.loket.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' queues, built for a table of millions of tickets. A queue is read one (department,
 * status) pair at a time, each pair straight from the index that matches the sort and stopped after
 * one page; the pairs are merged and cut to a page. Paging continues after the last row shown
 * (keyset), so no page counts or skips rows, however deep. See docs/adr/0010.
 *
 * <p>The order by due time reads {@code ticket_queue_by_due_idx (department_id, status, sla_due_at,
 * id)}. Tickets without a due time come after all others ({@code nulls last}, where PostgreSQL's
 * index keeps them too), by id; a page that ends among the due tickets continues in two ranges of
 * that index: the later due ones, then those without a due time.
 */
@Service
public class TicketQueue {

    private static final String COLUMNS = "id, number, subject, department_id, status, priority, requester_name,"
            + " assignee_id, created_at, updated_at, sla_due_at, sla_warn_at";

    private final JdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final TicketSettings settings;
    private final Clock clock;

    TicketQueue(JdbcTemplate jdbc, DepartmentRepository departments, TicketSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of the queue the query describes, as {@code agent} sees it. */
    @Transactional(readOnly = true)
    public QueuePage page(QueueQuery query, Agent agent) {
        var all = departments.findAll();
        var codes = all.stream().collect(Collectors.toMap(Department::id, Department::code));
        var chosen = all.stream()
                .filter(department ->
                        query.department() == null || department.code().equals(query.department()))
                .map(Department::id)
                .toList();
        var size = settings.queuePageSize();
        var cursor = Cursor.parse(query.after(), query.sort());
        if (chosen.isEmpty() || cursor.filter(after -> after.excludesAll(query)).isPresent()) {
            return new QueuePage(List.of(), null);
        }
        var now = clock.instant();
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from (");
        var args = new ArrayList<Object>();
        var first = true;
        for (var status : query.statuses()) {
            for (var department : branchesOf(query, chosen)) {
                if (!first) {
                    sql.append(" union all ");
                }
                first = false;
                sql.append(branch(query, agent, status, department, cursor, now, size, args));
            }
        }
        sql.append(") q order by ").append(order(query.sort())).append(" limit ?");
        args.add(size + 1);
        var found = jdbc.query(sql.toString(), (row, index) -> found(row, codes), args.toArray());
        var more = found.size() > size;
        var shown = more ? found.subList(0, size) : found;
        return new QueuePage(
                shown.stream().map(Found::row).toList(), more ? Cursor.after(shown.getLast(), query.sort()) : null);
    }

    /**
     * With "mine" the agent's own tickets are few, found by the assignee index across departments;
     * otherwise each department is a branch of its own.
     */
    private static List<@Nullable Long> branchesOf(QueueQuery query, List<Long> departments) {
        if (query.ownership() == QueueQuery.Ownership.MINE) {
            var one = new ArrayList<@Nullable Long>();
            one.add(query.department() == null ? null : departments.getFirst());
            return one;
        }
        return new ArrayList<>(departments);
    }

    private static String branch(
            QueueQuery query,
            Agent agent,
            TicketStatus status,
            @Nullable Long department,
            Optional<Cursor> cursor,
            Instant now,
            int size,
            List<Object> args) {
        var where = where(query, agent, status, department, now);
        var parts = cursor.map(after -> after.conditions(query)).orElse(List.of(Condition.NONE));
        var branch = new StringBuilder();
        for (var part : parts) {
            if (!branch.isEmpty()) {
                branch.append(" union all ");
            }
            args.addAll(where.args());
            args.addAll(part.args());
            args.add(size + 1);
            branch.append("(select ")
                    .append(COLUMNS)
                    .append(" from ticket")
                    .append(where.sql())
                    .append(part.sql())
                    .append(" order by ")
                    .append(order(query.sort()))
                    .append(" limit ?)");
        }
        return branch.toString();
    }

    /** What the query asks of one branch's tickets, as the start of its where clause. */
    private static Condition where(
            QueueQuery query, Agent agent, TicketStatus status, @Nullable Long department, Instant now) {
        var where = new StringBuilder(" where status = ?");
        var whereArgs = new ArrayList<Object>();
        whereArgs.add(status.name());
        if (department != null) {
            where.append(" and department_id = ?");
            whereArgs.add(department);
        }
        switch (query.ownership()) {
            case MINE -> {
                where.append(" and assignee_id = ?");
                whereArgs.add(agent.id().value());
            }
            case UNASSIGNED -> where.append(" and assignee_id is null");
            case ALL -> {}
        }
        if (query.priority() != null) {
            where.append(" and priority = ?");
            whereArgs.add(query.priority().rank());
        }
        switch (query.due()) {
            case AT_RISK -> {
                where.append(" and sla_warn_at <= ?");
                whereArgs.add(Timestamp.from(now));
            }
            case BREACHED -> {
                where.append(" and sla_due_at <= ?");
                whereArgs.add(Timestamp.from(now));
            }
            case ALL -> {}
        }
        return new Condition(where.toString(), whereArgs);
    }

    private static String order(QueueQuery.Sort sort) {
        return switch (sort) {
            case AGE -> "created_at, id";
            case LAST_UPDATE -> "updated_at desc, id desc";
            case PRIORITY -> "priority, created_at, id";
            case DUE -> "sla_due_at nulls last, id";
        };
    }

    /** A row with the internal id that the cursor needs and pages do not. */
    private record Found(long id, QueueRow row) {}

    private static Found found(ResultSet row, Map<Long, String> codes) throws SQLException {
        return new Found(
                row.getLong("id"),
                new QueueRow(
                        new TicketNumber(row.getString("number")),
                        row.getString("subject"),
                        codes.getOrDefault(row.getLong("department_id"), ""),
                        TicketStatus.valueOf(row.getString("status")),
                        TicketPriority.ofRank(row.getInt("priority")),
                        row.getString("requester_name"),
                        row.getObject("assignee_id") == null ? null : new AccountId(row.getLong("assignee_id")),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant(),
                        instant(row.getTimestamp("sla_due_at")),
                        instant(row.getTimestamp("sla_warn_at"))));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A piece of a where clause ({@code and …}) with its arguments. */
    record Condition(String sql, List<Object> args) {

        static final Condition NONE = new Condition("", List.of());
    }

    /**
     * Where the previous page ended: the sort values of its last row and its id, written as
     * {@code priority.micros.id} (priority only for the priority sort; the micros are the due time for
     * the order by due time, {@code -} for a ticket without one). A cursor that cannot be read starts
     * at the beginning.
     */
    record Cursor(int priority, @Nullable Instant at, long id) {

        private static final String NO_DUE_TIME = "-";

        static String after(Found last, QueueQuery.Sort sort) {
            var row = last.row();
            var at =
                    switch (sort) {
                        case LAST_UPDATE -> row.updatedAt();
                        case DUE -> row.dueAt();
                        case AGE, PRIORITY -> row.createdAt();
                    };
            var micros = at == null ? NO_DUE_TIME : String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, at));
            return row.priority().rank() + "." + micros + "." + last.id();
        }

        static Optional<Cursor> parse(@Nullable String text, QueueQuery.Sort sort) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            var parts = text.split("\\.");
            try {
                if (parts.length != 3) {
                    return Optional.empty();
                }
                var at = sort == QueueQuery.Sort.DUE && parts[1].equals(NO_DUE_TIME)
                        ? null
                        : Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
                return Optional.of(new Cursor(Integer.parseInt(parts[0]), at, Long.parseLong(parts[2])));
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        /** A cursor among the tickets without a due time, when the query asks only for due ones. */
        boolean excludesAll(QueueQuery query) {
            return at == null && query.due() != QueueQuery.Due.ALL;
        }

        /**
         * The conditions of the branch's parts: one, or for the order by due time after a due ticket two
         * (the later due ones, then, unless the query asks only for due ones, those without a due time).
         * Row comparisons let both databases start the index scan right after the previous page.
         */
        List<Condition> conditions(QueueQuery query) {
            return switch (query.sort()) {
                case AGE -> List.of(new Condition(" and (created_at, id) > (?, ?)", List.of(timestamp(), id)));
                case LAST_UPDATE -> List.of(new Condition(" and (updated_at, id) < (?, ?)", List.of(timestamp(), id)));
                case PRIORITY ->
                    List.of(new Condition(
                            " and (priority, created_at, id) > (?, ?, ?)", List.of(priority, timestamp(), id)));
                case DUE -> {
                    if (at == null) {
                        yield List.of(new Condition(" and sla_due_at is null and id > ?", List.of(id)));
                    }
                    var later = new Condition(" and (sla_due_at, id) > (?, ?)", List.of(timestamp(), id));
                    yield query.due() == QueueQuery.Due.ALL
                            ? List.of(later, new Condition(" and sla_due_at is null", List.of()))
                            : List.of(later);
                }
            };
        }

        private Timestamp timestamp() {
            return Timestamp.from(Objects.requireNonNull(at));
        }
    }
}
