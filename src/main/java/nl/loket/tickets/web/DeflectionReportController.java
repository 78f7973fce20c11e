package nl.loket.tickets.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For staff: how often the ticket form's FAQ suggestions answered the question, explicitly ("this
 * answers my question", "yes, close my question") and implicitly (a suggestion read, the form left).
 */
@Controller
class DeflectionReportController {

    static final int DEFAULT_DAYS = 30;

    private final DeflectionFunnel funnel;

    DeflectionReportController(DeflectionFunnel funnel) {
        this.funnel = funnel;
    }

    @GetMapping("/desk/reports/deflection")
    String report(
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        var today = funnel.today();
        var end = date(to, today);
        var start = date(from, end.minusDays(DEFAULT_DAYS - 1));
        var report = funnel.report(start, end);
        model.addAttribute("report", report);
        model.addAttribute("steps", DeflectionStep.values());
        return "tickets/desk/deflection";
    }

    private static LocalDate date(String text, LocalDate fallback) {
        try {
            return text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
