package nl.loket.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
@Service
public class TicketQueue {

    private static final String COLUMNS = "id, number, subject, department_id, status, priority, requester_name,"
            + " assignee_id, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final TicketSettings settings;

    TicketQueue(JdbcTemplate jdbc, DepartmentRepository departments, TicketSettings settings) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.settings = settings;
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
        if (chosen.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        var size = settings.queuePageSize();
        var cursor = Cursor.parse(query.after(), query.sort());
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from (");
        var args = new ArrayList<Object>();
        var first = true;
        for (var status : query.statuses()) {
            for (var department : branchesOf(query, chosen)) {
                if (!first) {
                    sql.append(" union all ");
                }
                first = false;
                sql.append(branch(query, agent, status, department, cursor, size, args));
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
            int size,
            List<Object> args) {
        var where = new StringBuilder(" where status = ?");
        args.add(status.name());
        if (department != null) {
            where.append(" and department_id = ?");
            args.add(department);
        }
        switch (query.ownership()) {
            case MINE -> {
                where.append(" and assignee_id = ?");
                args.add(agent.id().value());
            }
            case UNASSIGNED -> where.append(" and assignee_id is null");
            case ALL -> {}
        }
        if (query.priority() != null) {
            where.append(" and priority = ?");
            args.add(query.priority().rank());
        }
        cursor.ifPresent(after -> after.appendCondition(where, args, query.sort()));
        args.add(size + 1);
        return "(select " + COLUMNS + " from ticket" + where + " order by " + order(query.sort()) + " limit ?)";
    }

    private static String order(QueueQuery.Sort sort) {
        return switch (sort) {
            case AGE -> "created_at, id";
            case LAST_UPDATE -> "updated_at desc, id desc";
            case PRIORITY -> "priority, created_at, id";
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
                        row.getTimestamp("updated_at").toInstant()));
    }

    /**
     * Where the previous page ended: the sort values of its last row and its id, written as
     * {@code priority.micros.id} (priority only for the priority sort). A cursor that cannot be read
     * starts at the beginning.
     */
    record Cursor(int priority, Instant at, long id) {

        static String after(Found last, QueueQuery.Sort sort) {
            var row = last.row();
            var at = sort == QueueQuery.Sort.LAST_UPDATE ? row.updatedAt() : row.createdAt();
            return row.priority().rank() + "." + ChronoUnit.MICROS.between(Instant.EPOCH, at) + "." + last.id();
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
                return Optional.of(new Cursor(
                        Integer.parseInt(parts[0]),
                        Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS),
                        Long.parseLong(parts[2])));
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        void appendCondition(StringBuilder where, List<Object> args, QueueQuery.Sort sort) {
            // Row comparisons let both databases start the index scan right after the previous page.
            switch (sort) {
                case AGE -> where.append(" and (created_at, id) > (?, ?)");
                case LAST_UPDATE -> where.append(" and (updated_at, id) < (?, ?)");
                case PRIORITY -> {
                    where.append(" and (priority, created_at, id) > (?, ?, ?)");
                    args.add(priority);
                }
            }
            args.add(Timestamp.from(at));
            args.add(id);
        }
    }
}
