package nl.loket.tickets.web;

import java.security.Principal;
import nl.loket.tickets.time.BillableTimeReport;
import nl.loket.tickets.time.TicketTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's billable time per month: per ticket and day the blocks and the amount, no names. */
@Controller
class PortalTimeController {

    private final BillableTimeReport report;
    private final TicketTime time;
    private final SignedIn signedIn;

    PortalTimeController(BillableTimeReport report, TicketTime time, SignedIn signedIn) {
        this.report = report;
        this.time = time;
        this.signedIn = signedIn;
    }

    @GetMapping("/portal/time")
    String show(@RequestParam(required = false) @Nullable String month, Principal principal, Model model) {
        var account = signedIn.requireAccount(principal);
        var chosen = BillableTimeController.month(month, time);
        var lines = report.ofCustomer(account.id(), chosen);
        model.addAttribute("month", chosen);
        model.addAttribute("previous", chosen.minusMonths(1));
        model.addAttribute("next", chosen.plusMonths(1));
        model.addAttribute("lines", lines);
        model.addAttribute(
                "blocks", lines.stream().mapToInt(line -> line.day().blocks()).sum());
        model.addAttribute(
                "amount",
                lines.stream().mapToLong(line -> line.day().amountCents()).sum());
        return "tickets/time/portal";
    }
}
