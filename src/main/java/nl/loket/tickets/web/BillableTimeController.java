package nl.loket.tickets.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.loket.accounts.Role;
import nl.loket.tickets.time.BillableTimeCsv;
import nl.loket.tickets.time.BillableTimeReport;
import nl.loket.tickets.time.TicketTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Billable time per customer per month, and its CSV for invoicing. Only billing and administrators
 * see it (docs/adr/0017): it is about money, not about answering tickets.
 */
@Controller
@RequestMapping("/desk/time")
class BillableTimeController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BillableTimeReport report;
    private final TicketTime time;

    BillableTimeController(BillableTimeReport report, TicketTime time) {
        this.report = report;
        this.time = time;
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable String month, Authentication principal, Model model) {
        requireBilling(principal);
        var chosen = month(month, time);
        model.addAttribute("report", report.month(chosen));
        model.addAttribute("previous", chosen.minusMonths(1));
        model.addAttribute("next", chosen.plusMonths(1));
        return "tickets/time/report";
    }

    @GetMapping("/export")
    ResponseEntity<String> export(@RequestParam(required = false) @Nullable String month, Authentication principal) {
        requireBilling(principal);
        var chosen = month(month, time);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("billable-time-" + chosen + ".csv")
                                .build()
                                .toString())
                .body(BillableTimeCsv.of(report.month(chosen)));
    }

    /** {@code yyyy-MM}; none is this month; anything else 400. */
    static YearMonth month(@Nullable String month, TicketTime time) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(time.today());
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be yyyy-MM");
        }
    }

    private static void requireBilling(Authentication principal) {
        var allowed = principal.getAuthorities().stream()
                .anyMatch(authority -> Role.BILLING.authority().equals(authority.getAuthority())
                        || Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
        if (!allowed) {
            throw new AccessDeniedException("Billable time is for billing and administrators");
        }
    }
}
