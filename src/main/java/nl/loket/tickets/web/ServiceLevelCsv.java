package nl.loket.tickets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.loket.shared.Language;
import nl.loket.tickets.ServiceLevelFigures;
import nl.loket.tickets.time.BillableTimeCsv;
import org.jspecify.annotations.Nullable;

/**
 * The service level report as CSV, written like the billable time CSV: UTF-8, semicolons, English
 * snake_case headers, CRLF lines, numbers with a decimal comma. Minutes are numbers (one decimal) in
 * the time of the column's {@code *_time_basis} (BUSINESS or CALENDAR; empty when none, MIXED when
 * the row mixes them and no median is given); shares are percentages. The last line is the total.
 */
final class ServiceLevelCsv {

    static final List<String> HEADER = List.of(
            "department",
            "service_level",
            "tickets_opened",
            "first_response_answered",
            "first_response_median_minutes",
            "first_response_p90_minutes",
            "first_response_time_basis",
            "first_response_within_target_percent",
            "resolution_resolved",
            "resolution_median_minutes",
            "resolution_p90_minutes",
            "resolution_time_basis",
            "resolution_within_target_percent",
            "next_response_within_target_percent",
            "breaches");

    private ServiceLevelCsv() {}

    static String of(ServiceLevelFigures figures, Language language, String totalLabel) {
        var lines = new ArrayList<String>();
        lines.add(row(HEADER));
        figures.rows().forEach(row -> lines.add(row(fields(row, language, totalLabel))));
        lines.add(row(fields(figures.total(), language, totalLabel)));
        return lines.stream().collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> fields(ServiceLevelFigures.Row row, Language language, String totalLabel) {
        var first = row.firstResponse();
        var resolution = row.resolution();
        return List.of(
                row.isTotal() ? totalLabel : row.departmentName(language),
                row.level() == null ? "" : row.level().name(),
                Long.toString(row.opened()),
                Long.toString(first.stopped()),
                minutes(first.median()),
                minutes(first.p90()),
                basis(first),
                percent(first.withinTarget()),
                Long.toString(resolution.stopped()),
                minutes(resolution.median()),
                minutes(resolution.p90()),
                basis(resolution),
                percent(resolution.withinTarget()),
                percent(row.nextResponse().withinTarget()),
                Long.toString(row.breaches()));
    }

    private static String minutes(@Nullable Duration duration) {
        var minutes = SlaTexts.minutes(duration);
        return minutes == null ? "" : decimal(minutes);
    }

    private static String basis(ServiceLevelFigures.Clock clock) {
        if (clock.mixedBasis()) {
            return "MIXED";
        }
        return clock.basis() == null ? "" : clock.basis().name();
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "" : decimal(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP));
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static String row(List<String> fields) {
        return fields.stream().map(BillableTimeCsv::field).collect(Collectors.joining(";"));
    }
}
