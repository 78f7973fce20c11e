package nl.loket.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.loket.tickets.ServiceLevelFigures.LevelRef;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service level report for staff: per department and level, the tickets opened in a period and
 * how their clocks did. One query reads the period's tickets with their clocks, streamed; medians
 * and percentiles are computed here (nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted
 * times), in each clock's own kind of time (business or calendar), against the target that applied
 * to the ticket. Tickets merged into another are left out: they are duplicates, not questions.
 *
 * <p>A clock is within target when it stopped within its target minutes; it is a breach when it
 * stopped past them or still runs past its due time. The share within target is met / (met + missed
 * + running past due); clocks that run within their due time, or stand still in a pause, are not
 * judged yet.
 */
@Service
public class ServiceLevelReport {

    private static final int FETCH_SIZE = 1000;

    private static final String QUERY = "select t.id, t.department_id, t.service_level_id, c.clock, c.target_minutes,"
            + " c.time_basis, c.due_at, c.stopped_at, c.stopped_by, c.counted_seconds"
            + " from ticket t left join ticket_service_clock c on c.ticket_id = t.id"
            + " where t.created_at >= ? and t.created_at < ? and t.merged_into_id is null";

    private final JdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final ServiceLevels levels;
    private final DeflectionFunnel funnel;
    private final Clock clock;

    ServiceLevelReport(
            DataSource dataSource,
            DepartmentRepository departments,
            ServiceLevels levels,
            DeflectionFunnel funnel,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams with a cursor only inside a transaction and with a fetch size.
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.departments = departments;
        this.levels = levels;
        this.funnel = funnel;
        this.clock = clock;
    }

    /** Today in Europe/Amsterdam, for the default period. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE);
    }

    /** Every department (also inactive ones, which old tickets may be in), in their order. */
    @Transactional(readOnly = true)
    public List<DepartmentView> departments() {
        return departments.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(Department::toView)
                .toList();
    }

    /** Every level, by name. */
    public List<LevelRef> levels() {
        return levels.all().stream()
                .map(level -> new LevelRef(level.id(), level.name()))
                .toList();
    }

    /**
     * The report of {@code period}, optionally of one department (its code) and one level (its id).
     *
     * @throws UnknownFilter when the department or level does not exist
     */
    @Transactional(readOnly = true)
    public ServiceLevelFigures report(ReportPeriod period, @Nullable String departmentCode, @Nullable Long levelId) {
        var allDepartments = departments();
        var levelNames = levels.all().stream()
                .collect(Collectors.toMap(ServiceLevelDetails::id, level -> new LevelRef(level.id(), level.name())));
        @Nullable DepartmentView department = null;
        if (departmentCode != null && !departmentCode.isBlank()) {
            department = allDepartments.stream()
                    .filter(candidate -> candidate.code().equals(departmentCode.strip()))
                    .findFirst()
                    .orElseThrow(() -> new UnknownFilter("tickets.sla-report.error.department", "department"));
        }
        @Nullable LevelRef level = null;
        if (levelId != null) {
            level = levelNames.get(levelId);
            if (level == null) {
                throw new UnknownFilter("tickets.sla-report.error.level", "level");
            }
        }
        var now = clock.instant();
        var tally = tally(period, department, level, now);
        var byId = allDepartments.stream().collect(Collectors.toMap(DepartmentView::id, Function.identity()));
        var order = new LinkedHashMap<Long, Integer>();
        allDepartments.forEach(view -> order.put(view.id(), order.size()));
        var rows = tally.groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Key, Group>>comparingInt(
                                entry -> order.getOrDefault(entry.getKey().department(), Integer.MAX_VALUE))
                        .thenComparing(entry -> entry.getKey().level() == null ? 1 : 0)
                        .thenComparing(
                                entry -> levelName(levelNames, entry.getKey().level())))
                .map(entry -> entry.getValue()
                        .row(
                                byId.get(entry.getKey().department()),
                                entry.getKey().level() == null
                                        ? null
                                        : levelNames.getOrDefault(
                                                entry.getKey().level(),
                                                new LevelRef(
                                                        entry.getKey().level(),
                                                        "#" + entry.getKey().level()))))
                .toList();
        return new ServiceLevelFigures(
                period,
                department,
                level,
                rows,
                tally.total.row(null, null),
                funnel.report(period.from(), period.to()),
                now);
    }

    private static String levelName(Map<Long, LevelRef> names, @Nullable Long id) {
        return id == null || !names.containsKey(id) ? "" : names.get(id).name();
    }

    private Tally tally(
            ReportPeriod period, @Nullable DepartmentView department, @Nullable LevelRef level, Instant now) {
        var sql = new StringBuilder(QUERY);
        var arguments = new ArrayList<Object>(List.of(Timestamp.from(period.start()), Timestamp.from(period.end())));
        if (department != null) {
            sql.append(" and t.department_id = ?");
            arguments.add(department.id());
        }
        if (level != null) {
            sql.append(" and t.service_level_id = ?");
            arguments.add(level.id());
        }
        sql.append(" order by t.id");
        var tally = new Tally(now);
        jdbc.query(sql.toString(), tally::add, arguments.toArray());
        return tally;
    }

    /** A department or level to filter on that does not exist. */
    public static final class UnknownFilter extends RuntimeException {

        private final String messageKey;
        private final String field;

        UnknownFilter(String messageKey, String field) {
            super(field + " does not exist");
            this.messageKey = messageKey;
            this.field = field;
        }

        public String messageKey() {
            return messageKey;
        }

        public String field() {
            return field;
        }
    }

    private record Key(long department, @Nullable Long level) {}

    /** The rows as they are read, ordered by ticket. */
    private static final class Tally {

        private final Instant now;
        private final Map<Key, Group> groups = new LinkedHashMap<>();
        private final Group total = new Group();
        private long lastTicket = -1;

        Tally(Instant now) {
            this.now = now;
        }

        void add(ResultSet row) throws SQLException {
            var ticket = row.getLong("id");
            var key = new Key(row.getLong("department_id"), levelOf(row));
            var group = groups.computeIfAbsent(key, ignored -> new Group());
            if (ticket != lastTicket) {
                lastTicket = ticket;
                group.opened++;
                total.opened++;
            }
            var kind = row.getString("clock");
            if (kind == null) {
                return;
            }
            var basis = TimeBasis.valueOf(row.getString("time_basis"));
            var targetSeconds = row.getLong("target_minutes") * 60;
            var due = row.getTimestamp("due_at");
            var stoppedBy = row.getString("stopped_by");
            var countedSeconds = row.getLong("counted_seconds");
            var counted = row.wasNull() ? null : countedSeconds;
            var stopped = row.getTimestamp("stopped_at") != null;
            var reading = new Reading(
                    basis, targetSeconds, due == null ? null : due.toInstant(), stopped, stoppedBy, counted);
            for (var target : List.of(group, total)) {
                target.add(kind, reading, now);
            }
        }

        private static @Nullable Long levelOf(ResultSet row) throws SQLException {
            var id = row.getLong("service_level_id");
            return row.wasNull() ? null : id;
        }
    }

    private record Reading(
            TimeBasis basis,
            long targetSeconds,
            @Nullable Instant due,
            boolean stopped,
            @Nullable String stoppedBy,
            @Nullable Long countedSeconds) {}

    /** One row's counts while reading. */
    private static final class Group {

        long opened;
        final Times firstResponse = new Times(Set.of("REPLY"));
        final Times resolution = new Times(Set.of("RESOLVED", "CLOSED"));
        final Times nextResponse = new Times(Set.of("REPLY"));

        void add(String kind, Reading reading, Instant now) {
            var times =
                    switch (kind) {
                        case "FIRST_RESPONSE" -> firstResponse;
                        case "RESOLUTION" -> resolution;
                        case "NEXT_RESPONSE" -> nextResponse;
                        default -> null;
                    };
            if (times != null) {
                times.add(reading, now);
            }
        }

        ServiceLevelFigures.Row row(@Nullable DepartmentView department, @Nullable LevelRef level) {
            var first = firstResponse.figures();
            var resolved = resolution.figures();
            var next = nextResponse.figures();
            return new ServiceLevelFigures.Row(
                    department,
                    level,
                    opened,
                    first,
                    resolved,
                    next,
                    first.breaches() + resolved.breaches() + next.breaches());
        }
    }

    /** The times and judgements of one kind of clock in one row. */
    private static final class Times {

        private final Set<String> measuredStops;
        private final Set<TimeBasis> bases = EnumSet.noneOf(TimeBasis.class);
        private long[] seconds = new long[16];
        private int count;
        private long met;
        private long missed;
        private long overdue;

        Times(Set<String> measuredStops) {
            this.measuredStops = measuredStops;
        }

        void add(Reading reading, Instant now) {
            if (reading.stopped() && reading.countedSeconds() != null) {
                if (reading.countedSeconds() <= reading.targetSeconds()) {
                    met++;
                } else {
                    missed++;
                }
                if (reading.stoppedBy() != null && measuredStops.contains(reading.stoppedBy())) {
                    if (count == seconds.length) {
                        seconds = Arrays.copyOf(seconds, count * 2);
                    }
                    seconds[count++] = reading.countedSeconds();
                    bases.add(reading.basis());
                }
            } else if (!reading.stopped() && reading.due() != null && !now.isBefore(reading.due())) {
                overdue++;
            }
        }

        ServiceLevelFigures.Clock figures() {
            var single = bases.size() == 1 ? bases.iterator().next() : null;
            @Nullable Duration median = null;
            @Nullable Duration p90 = null;
            if (single != null) {
                var sorted = Arrays.copyOf(seconds, count);
                Arrays.sort(sorted);
                median = Duration.ofSeconds(nearestRank(sorted, 50));
                p90 = Duration.ofSeconds(nearestRank(sorted, 90));
            }
            return new ServiceLevelFigures.Clock(count, single, bases.size() > 1, median, p90, met, missed, overdue);
        }
    }

    /**
     * The {@code percent}th percentile of {@code sorted} (not empty, ascending) by the nearest-rank
     * method: the value at rank ⌈percent/100 × n⌉, counting from 1.
     */
    static long nearestRank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("No values");
        }
        var rank = Math.max(1, (percent * sorted.length + 99) / 100);
        return sorted[Math.min(rank, sorted.length) - 1];
    }
}
