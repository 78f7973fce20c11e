package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff give a ticket another service level from the desk page, always with a reason; the history
 * keeps both names and the reason, for staff only. A missing reason or an unknown level shows the
 * page again with the message and the typed reason.
 */
@Controller
@RequestMapping("/desk/tickets/{number}")
class DeskServiceLevelController {

    /** As long as the history keeps a reason ({@code ticket_history.reason}). */
    static final int MAX_REASON = AgentDesk.MAX_LEVEL_REASON;

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final DeskTicketController page;

    DeskServiceLevelController(AgentDesk desk, SignedIn signedIn, DeskTicketController page) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.page = page;
    }

    @PostMapping("/service-level")
    String change(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String reason,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var ticket = DeskTicketController.parse(number);
        var agent = signedIn.agent(principal);
        // Checked here too: choosing the level the ticket already has would otherwise pass silently.
        if (reason.isBlank() || reason.strip().length() > MAX_REASON) {
            return again(number, principal, response, model, "tickets.rule.service-level-reason", reason);
        }
        long levelId;
        try {
            levelId = Long.parseLong(level.strip());
        } catch (NumberFormatException e) {
            return again(number, principal, response, model, "tickets.rule.unknown-service-level", reason);
        }
        try {
            desk.changeServiceLevel(ticket, agent, levelId, reason);
        } catch (TicketRuleException refused) {
            return again(number, principal, response, model, refused.messageKey(), reason);
        }
        redirect.addFlashAttribute("notice", "tickets.desk.sla.changed");
        return "redirect:/desk/tickets/" + number;
    }

    private String again(
            String number,
            Principal principal,
            HttpServletResponse response,
            Model model,
            String error,
            String reason) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("slaError", error);
        model.addAttribute("slaReason", reason);
        return page.show(number, principal, model);
    }
}
