package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.AgentDesk;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who works a ticket: take it on, give it to a colleague, or hand it over to another department with
 * a note for the receiving team. All land in the history; the customer hears nothing of them.
 */
@Controller
@RequestMapping("/desk/tickets/{number}")
class DeskAssignmentController {

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final DeskTicketController page;

    DeskAssignmentController(AgentDesk desk, SignedIn signedIn, DeskTicketController page) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.page = page;
    }

    /** The agent takes the ticket on themselves. */
    @PostMapping("/claim")
    String claim(@PathVariable String number, Principal principal, RedirectAttributes redirect) {
        desk.claim(DeskTicketController.parse(number), signedIn.agent(principal));
        redirect.addFlashAttribute("notice", "tickets.desk.claimed");
        return "redirect:/desk/tickets/" + number;
    }

    @PostMapping("/assign")
    String assign(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String assignee,
            Principal principal,
            RedirectAttributes redirect) {
        long id;
        try {
            id = Long.parseLong(assignee.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        desk.assign(DeskTicketController.parse(number), signedIn.agent(principal), new AccountId(id));
        redirect.addFlashAttribute("notice", "tickets.desk.assigned");
        return "redirect:/desk/tickets/" + number;
    }

    @PostMapping("/hand-over")
    String handOver(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String note,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var ticket = DeskTicketController.parse(number);
        if (note.length() > TicketForm.MAX_MESSAGE) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("handOverError", "tickets.desk.hand-over.note-too-long");
            model.addAttribute("handOverNote", note);
            return page.show(number, principal, model);
        }
        desk.handOver(ticket, signedIn.agent(principal), department, note);
        redirect.addFlashAttribute("notice", "tickets.desk.handed-over");
        return "redirect:/desk/tickets/" + number;
    }
}
