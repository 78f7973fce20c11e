package nl.loket.accounts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import nl.loket.accounts.AuditLog;
import nl.loket.accounts.SecurityEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read the security audit log, filtered by kind, address and dates, a page at a time. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String show(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var chosenKind = Arrays.stream(SecurityEvent.Kind.values())
                .filter(candidate -> candidate.name().equals(kind))
                .findFirst()
                .orElse(null);
        var fromDate = date(from, model);
        var toDate = date(to, model);
        var filter = new AuditLog.Filter(chosenKind, email.isBlank() ? null : email, fromDate, toDate);
        model.addAttribute("entries", audit.search(filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("kinds", SecurityEvent.Kind.values());
        model.addAttribute("kind", chosenKind == null ? "" : chosenKind.name());
        model.addAttribute("email", email);
        model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
        model.addAttribute("to", toDate == null ? "" : toDate.toString());
        model.addAttribute("zone", AuditLog.ZONE);
        return "accounts/admin/audit";
    }

    private static @Nullable LocalDate date(String text, Model model) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            model.addAttribute("dateError", "accounts.admin.audit.date-invalid");
            return null;
        }
    }
}
