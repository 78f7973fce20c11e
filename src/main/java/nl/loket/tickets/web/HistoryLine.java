package nl.loket.tickets.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.loket.tickets.HistoryEntry;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A line of a ticket's history as the desk shows it: the text key {@code tickets.desk.history.CHANGE}
 * with its arguments (statuses and priorities as texts of their own, colleagues by name).
 */
record HistoryLine(Instant at, String who, String key, List<Object> arguments) {

    static HistoryLine of(HistoryEntry entry, Map<Long, String> staffNames, Map<String, String> departmentNames) {
        var key = "tickets.desk.history." + entry.change();
        List<Object> arguments =
                switch (entry.change()) {
                    case "STATUS" ->
                        List.of(label("tickets.status.", entry.oldValue()), label("tickets.status.", entry.newValue()));
                    case "PRIORITY" ->
                        List.of(
                                label("tickets.priority.", entry.oldValue()),
                                label("tickets.priority.", entry.newValue()));
                    case "ASSIGNEE" -> List.of(colleague(entry.newValue(), staffNames));
                    case "DEPARTMENT" ->
                        List.of(
                                department(entry.oldValue(), departmentNames),
                                department(entry.newValue(), departmentNames));
                    case "FOLLOW_UP_OF", "MERGED_INTO", "MERGED_FROM" ->
                        List.of(entry.newValue() == null ? "" : entry.newValue());
                    case "CALLBACK_ATTEMPT" ->
                        List.of(
                                label("tickets.callback.outcome.", entry.oldValue()),
                                entry.newValue() == null
                                        ? ""
                                        : new DefaultMessageSourceResolvable(
                                                new String[] {"tickets.callback.history.rescheduled"},
                                                new Object[] {entry.newValue()},
                                                entry.newValue()));
                    case "ATTACHMENT_REFUSED" -> List.of(refusal(entry.oldValue(), entry.newValue()));
                    case "TIME_LOGGED", "TIME_CHANGED", "TIME_DELETED" ->
                        List.of(
                                entry.newValue() == null ? "" : entry.newValue(),
                                label("tickets.time.kind.", entry.oldValue()));
                    case "SERVICE_LEVEL" ->
                        List.of(
                                entry.oldValue() == null
                                        ? new DefaultMessageSourceResolvable("tickets.desk.sla.no-level")
                                        : entry.oldValue(),
                                entry.newValue() == null ? "" : entry.newValue(),
                                entry.reason() == null ? "" : entry.reason());
                    case "SLA_BREACHED" -> List.of(label("tickets.service-level.clock.", entry.newValue()));
                    case "APPOINTMENT_BOOKED" -> List.of(entry.newValue() == null ? "" : entry.newValue());
                    case "APPOINTMENT_CANCELLED" -> List.of(entry.oldValue() == null ? "" : entry.oldValue());
                    default -> List.of();
                };
        return new HistoryLine(entry.at(), entry.actorName(), key, arguments);
    }

    /** "bestand.exe: dit bestandstype is niet toegestaan", from the file name and the reason's text key. */
    private static Object refusal(
            @org.jspecify.annotations.Nullable String fileName, @org.jspecify.annotations.Nullable String reasonKey) {
        var name = fileName == null ? "" : fileName;
        return reasonKey == null
                ? name
                : new DefaultMessageSourceResolvable(new String[] {reasonKey}, new Object[] {name, "", ""}, name);
    }

    private static Object label(String prefix, @org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : new DefaultMessageSourceResolvable(new String[] {prefix + value}, value);
    }

    private static Object department(@org.jspecify.annotations.Nullable String code, Map<String, String> names) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private static Object colleague(@org.jspecify.annotations.Nullable String id, Map<Long, String> staffNames) {
        if (id == null) {
            return new DefaultMessageSourceResolvable("tickets.desk.nobody");
        }
        try {
            return staffNames.getOrDefault(Long.parseLong(id), "#" + id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
