package nl.loket.tickets;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of each department ({@code ticket_department_agent}): the colleagues who hear of its
 * service level breaches. Administrators choose them among the staff who work with customers; a
 * department without (active) members lets every such colleague hear of its breaches instead.
 */
@Service
public class DepartmentMembers {

    private final JdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final Agents agents;

    DepartmentMembers(JdbcTemplate jdbc, DepartmentRepository departments, Agents agents) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.agents = agents;
    }

    /** Thrown when a member to be saved is not an active colleague who works with customers. */
    public static class NotAColleagueException extends RuntimeException {
        NotAColleagueException(AccountId id) {
            super("Account " + id.value() + " is not a colleague who works with customers");
        }
    }

    /** Every department, active or not, in its order. */
    @Transactional(readOnly = true)
    public List<DepartmentView> departments() {
        return departments.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(Department::toView)
                .toList();
    }

    /** The members of every department that has any, by department id. */
    @Transactional(readOnly = true)
    public Map<Long, Set<AccountId>> all() {
        var members = new LinkedHashMap<Long, Set<AccountId>>();
        jdbc.query(
                "select department_id, staff_id from ticket_department_agent order by department_id, staff_id", row -> {
                    members.computeIfAbsent(row.getLong("department_id"), id -> new LinkedHashSet<>())
                            .add(new AccountId(row.getLong("staff_id")));
                });
        return members;
    }

    /** The members of one department as saved (whether still active or not). */
    @Transactional(readOnly = true)
    public Set<AccountId> of(long departmentId) {
        return jdbc
                .queryForList(
                        "select staff_id from ticket_department_agent where department_id = ? order by staff_id",
                        Long.class,
                        departmentId)
                .stream()
                .map(AccountId::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Makes {@code members} the department's members, replacing the earlier ones.
     *
     * @throws IllegalArgumentException when there is no such department
     * @throws NotAColleagueException when one of them does not work with customers (nothing is saved)
     */
    @Transactional
    public void change(long departmentId, Set<AccountId> members) {
        if (!departments.existsById(departmentId)) {
            throw new IllegalArgumentException("No department " + departmentId);
        }
        var colleagues = colleagueIds();
        for (var member : members) {
            if (!colleagues.contains(member)) {
                throw new NotAColleagueException(member);
            }
        }
        jdbc.update("delete from ticket_department_agent where department_id = ?", departmentId);
        for (var member : members) {
            jdbc.update(
                    "insert into ticket_department_agent (department_id, staff_id) values (?, ?)",
                    departmentId,
                    member.value());
        }
    }

    /**
     * Who hears of a breach in this department: the assignee, then the members who still work with
     * customers; when none does, every colleague who works with customers.
     */
    List<AccountId> breachRecipients(long departmentId, @Nullable AccountId assignee) {
        var colleagues = colleagueIds();
        var members = of(departmentId).stream().filter(colleagues::contains).toList();
        var recipients = new LinkedHashSet<AccountId>();
        if (assignee != null) {
            recipients.add(assignee);
        }
        recipients.addAll(members.isEmpty() ? colleagues : members);
        return List.copyOf(recipients);
    }

    private Set<AccountId> colleagueIds() {
        return agents.colleagues().stream().map(Agent::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
