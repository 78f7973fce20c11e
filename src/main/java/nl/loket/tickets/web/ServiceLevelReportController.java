package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.loket.shared.Language;
import nl.loket.tickets.ReportPeriod;
import nl.loket.tickets.ServiceLevelFigures;
import nl.loket.tickets.ServiceLevelReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For all desk staff: the service level report of a period per department and level, with charts
 * drawn on the server, and the same figures as CSV. A period, department or level that cannot be
 * reported on gets the page with the reason (400), or a 400 for the CSV.
 */
@Controller
class ServiceLevelReportController {

    static final String PAGE = "tickets/desk/service-levels";

    private final ServiceLevelReport report;
    private final MessageSource messages;
    private final SlaTexts texts;

    ServiceLevelReportController(ServiceLevelReport report, MessageSource messages, SlaTexts texts) {
        this.report = report;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/desk/reports/service-levels")
    String show(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String level,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        var today = report.today();
        model.addAttribute("departments", report.departments());
        model.addAttribute("levels", report.levels());
        model.addAttribute("presets", ReportPeriod.Preset.values());
        model.addAttribute("chosenDepartment", department == null ? "" : department.strip());
        model.addAttribute("chosenLevel", level == null ? "" : level.strip());
        try {
            var query = ServiceLevelReportQuery.parse(period, from, to, department, level, today);
            var figures = query.run(report);
            model.addAttribute("figures", figures);
            model.addAttribute("from", figures.period().from().toString());
            model.addAttribute("to", figures.period().to().toString());
            model.addAttribute(
                    "preset",
                    figures.period()
                            .preset(today)
                            .map(ReportPeriod.Preset::code)
                            .orElse(""));
            model.addAttribute("charts", charts(figures, locale));
        } catch (ServiceLevelReportQuery.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", invalid.messageKey());
            model.addAttribute("from", from == null ? "" : from);
            model.addAttribute("to", to == null ? "" : to);
            model.addAttribute("preset", "");
        }
        return PAGE;
    }

    @GetMapping("/desk/reports/service-levels.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String level,
            Locale locale) {
        try {
            var figures = ServiceLevelReportQuery.parse(period, from, to, department, level, report.today())
                    .run(report);
            var name = "service-levels-" + figures.period().from() + "-"
                    + figures.period().to() + ".csv";
            return ResponseEntity.ok()
                    .contentType(BillableTimeController.CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name)
                                    .build()
                                    .toString())
                    .body(ServiceLevelCsv.of(
                            figures, Language.of(locale), message("tickets.sla-report.total", locale)));
        } catch (ServiceLevelReportQuery.Invalid invalid) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(message(invalid.messageKey(), locale) + "\n");
        }
    }

    private List<SlaCharts.Chart> charts(ServiceLevelFigures figures, Locale locale) {
        var language = Language.of(locale);
        var rows = new ArrayList<>(figures.rows());
        if (figures.rows().size() > 1) {
            rows.add(figures.total());
        }
        Function<ServiceLevelFigures.Row, String> heading = row -> {
            if (row.isTotal()) {
                return message("tickets.sla-report.total", locale);
            }
            var levelName = row.level() == null
                    ? message("tickets.sla-report.no-level", locale)
                    : row.level().name();
            return row.departmentName(language) + " \u00b7 " + levelName;
        };
        var shares = SlaCharts.shares(
                rows,
                heading,
                List.of(
                        message("tickets.sla-report.first-response", locale),
                        message("tickets.sla-report.next-response", locale),
                        message("tickets.sla-report.resolution", locale)),
                texts::share);
        var firstResponse = SlaCharts.firstResponse(
                rows,
                heading,
                List.of(message("tickets.sla-report.median", locale), message("tickets.sla-report.p90", locale)),
                clock -> List.of(
                        durationOrMixed(clock, clock.median(), locale), durationOrMixed(clock, clock.p90(), locale)));
        return List.of(shares, firstResponse);
    }

    private String durationOrMixed(ServiceLevelFigures.Clock clock, @Nullable Duration duration, Locale locale) {
        return clock.mixedBasis()
                ? message("tickets.sla-report.mixed", locale)
                : texts.duration(duration, clock.basis());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
