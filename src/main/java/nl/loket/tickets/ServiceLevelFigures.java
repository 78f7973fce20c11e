package nl.loket.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.loket.shared.Language;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;

/**
 * The service level report of a period: one row per department and level that had tickets opened in
 * the period, a total row over them, and the deflection funnel of the period (which knows no
 * department or level). Figures are about the tickets opened in the period, as their clocks stand
 * at {@code measuredAt}.
 *
 * @param department the department filter, or null for all
 * @param level the level filter, or null for all
 */
public record ServiceLevelFigures(
        ReportPeriod period,
        @Nullable DepartmentView department,
        @Nullable LevelRef level,
        List<Row> rows,
        Row total,
        DeflectionReport deflection,
        Instant measuredAt) {

    public ServiceLevelFigures {
        rows = List.copyOf(rows);
    }

    /** The rows, then the total row (for tables and files). */
    public List<Row> rowsWithTotal() {
        var all = new ArrayList<Row>(rows);
        all.add(total);
        return all;
    }

    /** A level as the report names it; tickets from before service levels have none. */
    public record LevelRef(long id, String name) {}

    /**
     * One row: department and level (both null in the total row; {@code level} null for tickets
     * without a level).
     *
     * @param opened tickets opened in the period
     * @param breaches clocks of those tickets that missed their target or run past it
     */
    public record Row(
            @Nullable DepartmentView department,
            @Nullable LevelRef level,
            long opened,
            Clock firstResponse,
            Clock resolution,
            Clock nextResponse,
            long breaches) {

        public boolean isTotal() {
            return department == null;
        }

        public String departmentName(Language language) {
            return department == null ? "" : department.name(language);
        }
    }

    /**
     * The figures of one kind of clock in a row.
     *
     * @param stopped clocks stopped by what this figure measures (first response: a reply;
     *     resolution: resolved or closed); the median and 90th percentile are over their times
     * @param basis the kind of time those times count, or null when there are none or they mix
     *     business and calendar time (then no median or percentile is given)
     * @param median nearest-rank median of the stopped clocks' times, null as said under basis
     * @param p90 nearest-rank 90th percentile, null as said under basis
     * @param met clocks stopped within their target
     * @param missed clocks stopped past their target
     * @param overdue running clocks past their due time
     */
    public record Clock(
            long stopped,
            @Nullable TimeBasis basis,
            boolean mixedBasis,
            @Nullable Duration median,
            @Nullable Duration p90,
            long met,
            long missed,
            long overdue) {

        /** Met as a share (0 to 1) of met, missed and overdue; null when there are none. */
        public @Nullable Double withinTarget() {
            var judged = met + missed + overdue;
            return judged == 0 ? null : (double) met / judged;
        }

        public long breaches() {
            return missed + overdue;
        }
    }
}
