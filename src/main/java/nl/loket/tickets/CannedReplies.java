package nl.loket.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named answer texts that administrators keep and agents pick on a ticket: in Dutch or English, for
 * every department or one. Placeholders ({@link #PLACEHOLDERS}) are filled with the ticket's data when
 * an agent picks one; the agent can still edit the text before sending.
 */
@Service
public class CannedReplies {

    /** The placeholders a text may use; anything else between braces is refused when saving. */
    public static final List<String> PLACEHOLDERS = List.of("{customer}", "{ticket}", "{subject}", "{department}");

    public static final int MAX_NAME = 100;
    public static final int MAX_BODY = 20_000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]{1,40}}");

    private final JdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final Clock clock;

    CannedReplies(JdbcTemplate jdbc, DepartmentRepository departments, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
    }

    /** A canned reply as pages show it; {@code department} is a department code or null for all. */
    public record CannedReply(long id, String name, Language language, @Nullable String department, String body) {}

    /** What an administrator typed; strings as they came, checked by {@link #problems}. */
    public record Draft(String name, String language, String department, String body) {}

    @Transactional(readOnly = true)
    public List<CannedReply> all() {
        return jdbc.query(SELECT + " order by r.language, lower(r.name), r.id", ROW);
    }

    @Transactional(readOnly = true)
    public Optional<CannedReply> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", ROW, id).stream().findFirst();
    }

    /** The replies an agent may pick for this ticket: its language, for all departments or its own. */
    @Transactional(readOnly = true)
    public List<CannedReply> forTicket(AgentTicketView ticket) {
        return all().stream()
                .filter(reply -> reply.language() == ticket.language())
                .filter(reply -> reply.department() == null
                        || reply.department().equals(ticket.department().code()))
                .toList();
    }

    /** The reply's text with the ticket's data filled in. */
    public static String fill(CannedReply reply, AgentTicketView ticket) {
        return reply.body()
                .replace("{customer}", ticket.requesterName())
                .replace("{ticket}", ticket.number().value())
                .replace("{subject}", ticket.subject())
                .replace("{department}", ticket.department().name(ticket.language()));
    }

    /** What is wrong with a draft, as message keys by field; empty when it can be saved. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(Draft draft) {
        var problems = new LinkedHashMap<String, String>();
        if (draft.name().isBlank()) {
            problems.put("name", "tickets.canned.error.name-required");
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.put("name", "tickets.canned.error.name-too-long");
        }
        if (!draft.language().equals("nl") && !draft.language().equals("en")) {
            problems.put("language", "tickets.canned.error.language");
        }
        if (!draft.department().isBlank()
                && departments.findByCode(draft.department()).isEmpty()) {
            problems.put("department", "tickets.canned.error.department");
        }
        if (draft.body().isBlank()) {
            problems.put("body", "tickets.canned.error.body-required");
        } else if (draft.body().length() > MAX_BODY) {
            problems.put("body", "tickets.canned.error.body-too-long");
        } else if (PLACEHOLDER.matcher(draft.body()).results().anyMatch(m -> !PLACEHOLDERS.contains(m.group()))) {
            problems.put("body", "tickets.canned.error.placeholder");
        }
        return problems;
    }

    @Transactional
    public long create(Draft draft) {
        requireValid(draft);
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into canned_reply (name, language, department_id, body, updated_at)"
                                    + " values (?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, draft.name().strip());
                    statement.setString(2, draft.language());
                    statement.setObject(3, departmentId(draft));
                    statement.setString(4, draft.body());
                    statement.setTimestamp(5, Timestamp.from(clock.instant()));
                    return statement;
                },
                keys);
        return keys.getKeyAs(Long.class);
    }

    /** @return false when there is no such reply (any more) */
    @Transactional
    public boolean update(long id, Draft draft) {
        requireValid(draft);
        return jdbc.update(
                        "update canned_reply set name = ?, language = ?, department_id = ?, body = ?, updated_at = ?"
                                + " where id = ?",
                        draft.name().strip(),
                        draft.language(),
                        departmentId(draft),
                        draft.body(),
                        Timestamp.from(clock.instant()),
                        id)
                == 1;
    }

    @Transactional
    public boolean delete(long id) {
        return jdbc.update("delete from canned_reply where id = ?", id) == 1;
    }

    private void requireValid(Draft draft) {
        if (!problems(draft).isEmpty()) {
            throw new IllegalArgumentException("Invalid canned reply: " + problems(draft));
        }
    }

    private @Nullable Long departmentId(Draft draft) {
        return draft.department().isBlank()
                ? null
                : departments.findByCode(draft.department()).orElseThrow().id();
    }

    private static final String SELECT = "select r.id, r.name, r.language, r.body, d.code from canned_reply r"
            + " left join ticket_department d on d.id = r.department_id";

    private static final RowMapper<CannedReply> ROW = (row, index) -> new CannedReply(
            row.getLong("id"),
            row.getString("name"),
            Language.fromCode(row.getString("language")),
            row.getString("code"),
            row.getString("body"));
}
