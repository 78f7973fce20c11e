package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.tickets.MergeTickets;
import nl.loket.tickets.TicketRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into another ticket: the number typed on the ticket page leads to a page that
 * shows both tickets and asks for confirmation (a merge cannot be undone); a merge the rules refuse
 * shows the ticket page again with the reason beside the number typed.
 */
@Controller
@RequestMapping("/desk/tickets/{number}/merge")
class DeskMergeController {

    private final MergeTickets merging;
    private final SignedIn signedIn;
    private final DeskTicketController page;

    DeskMergeController(MergeTickets merging, SignedIn signedIn, DeskTicketController page) {
        this.merging = merging;
        this.signedIn = signedIn;
        this.page = page;
    }

    @GetMapping
    String confirm(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String target,
            Principal principal,
            HttpServletResponse response,
            Model model) {
        var source = DeskTicketController.parse(number);
        try {
            model.addAttribute("merge", merging.preview(source, signedIn.agent(principal), target.strip()));
            return "tickets/desk/merge";
        } catch (TicketRuleException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("mergeError", refused.messageKey());
            model.addAttribute("mergeTarget", target);
            return page.show(number, principal, model);
        }
    }

    @PostMapping
    String merge(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String target,
            Principal principal,
            RedirectAttributes redirect) {
        var into = merging.merge(DeskTicketController.parse(number), signedIn.agent(principal), target.strip());
        redirect.addFlashAttribute("notice", "tickets.desk.merged");
        return "redirect:/desk/tickets/" + into.value();
    }
}
