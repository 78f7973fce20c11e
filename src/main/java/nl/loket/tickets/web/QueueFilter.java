package nl.loket.tickets.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.loket.tickets.DepartmentView;
import nl.loket.tickets.QueueQuery;
import nl.loket.tickets.TicketPriority;
import nl.loket.tickets.TicketStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue's filters as the desk's address carries them. Values that mean nothing fall back to the
 * default rather than failing: a stale bookmark still shows a queue.
 *
 * @param department a department code, empty for all
 * @param status {@code active}, {@code all} or a status name
 * @param priority a priority name, empty for any
 * @param who {@code all}, {@code mine} or {@code unassigned}
 * @param sort {@code age}, {@code updated}, {@code priority} or {@code due}
 * @param due {@code all}, {@code at-risk} (past the warning time, breached ones included) or {@code
 *     breached} (past the due time)
 */
record QueueFilter(String department, String status, String priority, String who, String sort, String due) {

    static final List<String> WHO = List.of("all", "mine", "unassigned");
    static final List<String> SORTS = List.of("age", "updated", "priority", "due");
    static final List<String> DUE = List.of("all", "at-risk", "breached");

    static QueueFilter of(
            String department,
            String status,
            String priority,
            String who,
            String sort,
            String due,
            List<DepartmentView> known) {
        var code = known.stream().anyMatch(d -> d.code().equals(department)) ? department : "";
        var statusValue = status.equals("all") || isStatus(status) ? status : "active";
        var priorityValue = isPriority(priority) ? priority : "";
        return new QueueFilter(
                code,
                statusValue,
                priorityValue,
                WHO.contains(who) ? who : "all",
                SORTS.contains(sort) ? sort : "age",
                DUE.contains(due) ? due : "all");
    }

    QueueQuery toQuery(@Nullable String after) {
        Set<TicketStatus> statuses =
                switch (status) {
                    case "active" -> TicketStatus.ACTIVE;
                    case "all" -> EnumSet.allOf(TicketStatus.class);
                    default -> EnumSet.of(TicketStatus.valueOf(status));
                };
        return new QueueQuery(
                department.isEmpty() ? null : department,
                statuses,
                priority.isEmpty() ? null : TicketPriority.valueOf(priority),
                QueueQuery.Ownership.valueOf(who.toUpperCase(Locale.ROOT)),
                switch (due) {
                    case "at-risk" -> QueueQuery.Due.AT_RISK;
                    case "breached" -> QueueQuery.Due.BREACHED;
                    default -> QueueQuery.Due.ALL;
                },
                switch (sort) {
                    case "updated" -> QueueQuery.Sort.LAST_UPDATE;
                    case "priority" -> QueueQuery.Sort.PRIORITY;
                    case "due" -> QueueQuery.Sort.DUE;
                    default -> QueueQuery.Sort.AGE;
                },
                after == null || after.isBlank() ? null : after);
    }

    /** The desk's address for these filters, from the page after {@code after} (or the first). */
    String link(@Nullable String after) {
        var uri = UriComponentsBuilder.fromPath("/desk")
                .queryParam("department", department)
                .queryParam("status", status)
                .queryParam("priority", priority)
                .queryParam("who", who)
                .queryParam("sort", sort)
                .queryParam("due", due);
        if (after != null) {
            uri.queryParam("after", after);
        }
        return uri.encode().build().toUriString();
    }

    private static boolean isStatus(String value) {
        return Arrays.stream(TicketStatus.values()).anyMatch(s -> s.name().equals(value));
    }

    private static boolean isPriority(String value) {
        return Arrays.stream(TicketPriority.values()).anyMatch(p -> p.name().equals(value));
    }
}
