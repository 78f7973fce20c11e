package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.tickets.Agent;
import nl.loket.tickets.AgentMessage;
import nl.loket.tickets.AgentTicketView;
import nl.loket.tickets.DeskActivity;
import nl.loket.tickets.DeskPresence;
import nl.loket.tickets.SeenUpTo;
import nl.loket.tickets.TicketStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The heartbeat of an open desk ticket page (htmx, every {@code loket.tickets.presence.heartbeat}
 * and at once when the agent starts or stops writing): notes that the agent is there and what they
 * do, and answers with the page's warnings, which colleagues are there too and whether new messages
 * came in. Staff only, like the rest of the desk. The ticket page puts the same warnings in at
 * render time ({@link #addTo}), so that without JavaScript they are those of page load.
 */
@Controller
class DeskPresenceController {

    private final DeskPresence presence;
    private final SignedIn signedIn;

    DeskPresenceController(DeskPresence presence, SignedIn signedIn) {
        this.presence = presence;
        this.signedIn = signedIn;
    }

    @PostMapping("/desk/tickets/{number}/presence")
    String report(
            @PathVariable String number,
            @RequestParam(defaultValue = "VIEWING") String activity,
            @RequestParam(defaultValue = "0") String seen,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        var agent = signedIn.agent(principal);
        var ticket = DeskTicketController.parse(number);
        var snapshot = presence.report(ticket, agent, activity(activity), seen(seen));
        if (request.getHeader("HX-Request") == null) {
            // Only the page's script sends this; without it, the page itself shows the same warnings.
            return "redirect:/desk/tickets/" + ticket.value();
        }
        model.addAttribute("presence", snapshot);
        model.addAttribute("presenceTicket", ticket.value());
        return DeskTicketController.PAGE + " :: presence";
    }

    /**
     * Notes the agent's presence on a desk ticket page being rendered and puts its warnings in the
     * model: colleagues present, heartbeat timings, and after a held-back reply (model attribute
     * {@code staleSince}, the {@link SeenUpTo} the reply was written on) which messages are new.
     * {@code presenceActivity} in the model says what the agent is doing; by default viewing.
     */
    void addTo(Model model, AgentTicketView ticket, Agent agent) {
        var activity =
                model.getAttribute("presenceActivity") instanceof DeskActivity chosen ? chosen : DeskActivity.VIEWING;
        model.addAttribute("presence", presence.report(ticket.number(), agent, activity, ticket.seen()));
        model.addAttribute("presenceTicket", ticket.number().value());
        model.addAttribute("presenceHeartbeat", presence.heartbeat().toSeconds());
        model.addAttribute("presenceIdleAfter", presence.idleAfter().toSeconds());
        if (model.getAttribute("staleSince") instanceof SeenUpTo since) {
            var unread = since.unread(ticket.messages(), agent.id()).stream()
                    .map(AgentMessage::id)
                    .collect(Collectors.toSet());
            model.addAttribute("unread", unread);
            // Held back by a change that is no message (a colleague's status change, say): say so.
            model.addAttribute(
                    "heldBack", unread.isEmpty() ? "tickets.desk.reply-changed-meanwhile" : "tickets.desk.stale-reply");
        } else if (!model.containsAttribute("unread")) {
            model.addAttribute("unread", Set.<Long>of());
        }
        if (!model.containsAttribute("replyStatus")) {
            model.addAttribute("replyStatus", TicketStatus.WAITING_FOR_CUSTOMER.name());
        }
    }

    static DeskActivity activity(String value) {
        return Arrays.stream(DeskActivity.values())
                .filter(activity -> activity.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    /** The newest message id a page showed, as its forms send it back. */
    static SeenUpTo seen(String value) {
        try {
            return new SeenUpTo(Long.parseLong(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
