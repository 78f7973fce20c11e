package nl.loket.tickets.web;

import java.security.Principal;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.AgentTicketView;
import nl.loket.tickets.CannedReplies;
import nl.loket.tickets.TicketNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An agent picks a canned reply on a ticket: with htmx only the reply box comes back, filled;
 * without JavaScript the picker's GET shows the whole page with the text in the box.
 */
@Controller
@RequestMapping("/desk/tickets/{number}")
class DeskCannedReplyController {

    static final String REPLY_BOX = "tickets/desk/reply-box";

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final CannedReplies replies;
    private final DeskTicketController page;

    DeskCannedReplyController(AgentDesk desk, SignedIn signedIn, CannedReplies replies, DeskTicketController page) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.replies = replies;
        this.page = page;
    }

    /** The whole page with the canned text in the reply box (no JavaScript). */
    @GetMapping(params = "canned")
    String pageWithCannedReply(
            @PathVariable String number, @RequestParam String canned, Principal principal, Model model) {
        model.addAttribute("replyText", filled(number, canned, principal));
        model.addAttribute("noteText", "");
        return page.show(number, principal, model);
    }

    /** Only the reply box, filled (htmx swaps it in place). */
    @GetMapping("/canned")
    String replyBox(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String canned,
            Principal principal,
            Model model) {
        model.addAttribute("replyText", filled(number, canned, principal));
        return REPLY_BOX;
    }

    private String filled(String number, String canned, Principal principal) {
        AgentTicketView ticket = desk.find(DeskTicketController.parse(number), signedIn.agent(principal))
                .orElseThrow(TicketNotFoundException::new);
        long id;
        try {
            id = Long.parseLong(canned.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return replies.forTicket(ticket).stream()
                .filter(reply -> reply.id() == id)
                .findFirst()
                .map(reply -> CannedReplies.fill(reply, ticket))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
