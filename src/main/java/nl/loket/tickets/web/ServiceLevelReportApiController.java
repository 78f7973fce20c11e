package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.shared.Language;
import nl.loket.tickets.ServiceLevelFigures;
import nl.loket.tickets.ServiceLevelReport;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service level report over the API, for staff: the figures of the report page as JSON. */
@RestController
@Tag(name = "Reports")
@TicketApiProblems
@TicketApiProblems.InvalidInput
class ServiceLevelReportApiController {

    record Department(String code, String name) {}

    record Level(long id, String name) {}

    /**
     * One kind of clock: {@code stopped} clocks stopped by what it measures (first response: a reply;
     * resolution: resolved or closed), their nearest-rank median and 90th percentile in minutes of
     * {@code timeBasis} (null when none, or when the row mixes business and calendar time: then
     * {@code timeBasis} is MIXED), and the share within target (0 to 1; null when nothing was judged).
     */
    record Clock(
            long stopped,
            @Nullable BigDecimal medianMinutes,
            @Nullable BigDecimal p90Minutes,
            @Nullable String timeBasis,
            @Nullable Double withinTarget,
            long met,
            long missed,
            long overdue) {

        static Clock of(ServiceLevelFigures.Clock clock) {
            return new Clock(
                    clock.stopped(),
                    SlaTexts.minutes(clock.median()),
                    SlaTexts.minutes(clock.p90()),
                    clock.mixedBasis()
                            ? "MIXED"
                            : clock.basis() == null ? null : clock.basis().name(),
                    clock.withinTarget(),
                    clock.met(),
                    clock.missed(),
                    clock.overdue());
        }
    }

    record Row(
            @Nullable Department department,
            @Nullable Level level,
            long ticketsOpened,
            Clock firstResponse,
            Clock resolution,
            Clock nextResponse,
            long breaches) {

        static Row of(ServiceLevelFigures.Row row, Language language) {
            return new Row(
                    row.department() == null
                            ? null
                            : new Department(
                                    row.department().code(), row.department().name(language)),
                    row.level() == null
                            ? null
                            : new Level(row.level().id(), row.level().name()),
                    row.opened(),
                    Clock.of(row.firstResponse()),
                    Clock.of(row.resolution()),
                    Clock.of(row.nextResponse()),
                    row.breaches());
        }
    }

    /** The deflection funnel of the whole period: it knows no department or level. */
    record Deflection(long questions, double explicitRate, double implicitRate) {}

    record Report(
            LocalDate from,
            LocalDate to,
            @Nullable String department,
            @Nullable Long level,
            Instant measuredAt,
            List<Row> rows,
            Row total,
            Deflection deflection) {}

    private final ApiCaller.Resolver callers;
    private final ServiceLevelReport report;

    ServiceLevelReportApiController(ApiCaller.Resolver callers, ServiceLevelReport report) {
        this.callers = callers;
        this.report = report;
    }

    @GetMapping(value = "/api/v1/reports/service-levels", produces = "application/json")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Service level report",
            description = "Staff only. For the tickets opened in the period (Dutch days, both included; default this"
                    + " month up to today; at most 366 days), per department and level and in total: tickets opened,"
                    + " first response and resolution times (nearest-rank median and 90th percentile, in minutes"
                    + " of each clock's own time basis), shares within target (met / (met + missed + running past"
                    + " due)) and breaches; the FAQ deflection rates of the period (not per department). Tickets"
                    + " merged into another are left out. Scope tickets:read.")
    Report show(
            @RequestParam(required = false) @Parameter(description = "first day, yyyy-MM-dd") @Nullable String from,
            @RequestParam(required = false) @Parameter(description = "last day, yyyy-MM-dd") @Nullable String to,
            @RequestParam(required = false)
                    @Parameter(description = "instead of dates: this-month, last-month, last-7-days or this-quarter")
                    @Nullable
                    String period,
            @RequestParam(required = false) @Parameter(description = "a department's code, e.g. techniek") @Nullable
                    String department,
            @RequestParam(required = false) @Parameter(description = "a service level's id") @Nullable String level,
            Principal principal,
            Locale locale) {
        if (!(callers.of(principal) instanceof ApiCaller.Staff)) {
            throw TicketApiErrors.forbidden("tickets.sla-report.api.staff-only");
        }
        ServiceLevelFigures figures;
        try {
            figures = ServiceLevelReportQuery.parse(period, from, to, department, level, report.today())
                    .run(report);
        } catch (ServiceLevelReportQuery.Invalid invalid) {
            throw TicketApiErrors.badRequest(invalid.messageKey(), invalid.field());
        }
        var language = Language.of(locale);
        var deflection = figures.deflection();
        return new Report(
                figures.period().from(),
                figures.period().to(),
                figures.department() == null ? null : figures.department().code(),
                figures.level() == null ? null : figures.level().id(),
                figures.measuredAt(),
                figures.rows().stream().map(row -> Row.of(row, language)).toList(),
                Row.of(figures.total(), language),
                new Deflection(deflection.questions(), deflection.explicitRate(), deflection.implicitRate()));
    }
}
