package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.Consumer;
import nl.loket.accounts.Role;
import nl.loket.tickets.Agent;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.time.TicketTime;
import nl.loket.tickets.time.TimeEntryRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Time on a desk ticket: log minutes, start and stop one's timer, change or delete an entry (one's
 * own; administrators any). The desk ticket page shows the same section (fragment
 * {@code tickets/time/desk :: sheet}); this page is where a refused form comes back with its input.
 */
@Controller
@RequestMapping("/desk/tickets/{number}/time")
class DeskTimeController {

    static final String PAGE = "tickets/time/desk";

    private final TicketTime time;
    private final SignedIn signedIn;

    DeskTimeController(TicketTime time, SignedIn signedIn) {
        this.time = time;
        this.signedIn = signedIn;
    }

    /** The time section on a page of its own; {@code edit} opens an entry's form. */
    @GetMapping
    String show(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Long edit,
            Principal principal,
            Model model) {
        var agent = signedIn.agent(principal);
        var sheet = time.sheet(parse(number), agent);
        model.addAttribute("sheet", sheet);
        model.addAttribute("me", agent);
        if (edit != null && !model.containsAttribute("editForm")) {
            var entry = sheet.entries().stream()
                    .filter(candidate -> candidate.id() == edit)
                    .findFirst()
                    .orElseThrow(TicketNotFoundException::new);
            model.addAttribute("editing", entry.id());
            model.addAttribute(
                    "editForm",
                    new TimeForm(
                            Integer.toString(entry.minutes()),
                            entry.day().toString(),
                            entry.billable(),
                            entry.description()));
        }
        return PAGE;
    }

    @PostMapping
    String log(
            @PathVariable String number,
            TimeForm form,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return attempt(number, principal, response, model, redirect, "tickets.time.logged", agent -> {
            model.addAttribute("timeForm", form);
            time.log(parse(number), agent, form.toInput());
        });
    }

    @PostMapping("/timer/start")
    String start(
            @PathVariable String number,
            @RequestParam(defaultValue = "false") boolean billable,
            @RequestParam(defaultValue = "") String description,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return attempt(number, principal, response, model, redirect, "tickets.time.timer-started", agent -> {
            model.addAttribute("timerDescription", description);
            time.startTimer(parse(number), agent, billable, description);
        });
    }

    @PostMapping("/timer/stop")
    String stop(
            @PathVariable String number,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                number,
                principal,
                response,
                model,
                redirect,
                "tickets.time.timer-stopped",
                agent -> time.stopTimer(parse(number), agent));
    }

    @PostMapping("/{entry}")
    String change(
            @PathVariable String number,
            @PathVariable long entry,
            TimeForm form,
            Authentication principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return attempt(number, principal, response, model, redirect, "tickets.time.changed", agent -> {
            model.addAttribute("editing", entry);
            model.addAttribute("editForm", form);
            time.change(parse(number), entry, agent, administrator(principal), form.toInput());
        });
    }

    @PostMapping("/{entry}/delete")
    String delete(
            @PathVariable String number,
            @PathVariable long entry,
            Authentication principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                number,
                principal,
                response,
                model,
                redirect,
                "tickets.time.deleted",
                agent -> time.delete(parse(number), entry, agent, administrator(principal)));
    }

    /** Runs the action; on success back to the ticket, on a refusal this page with the message and input. */
    private String attempt(
            String number,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Consumer<Agent> action) {
        var agent = signedIn.agent(principal);
        try {
            action.accept(agent);
        } catch (TimeEntryRefused refused) {
            model.addAttribute("timeError", refused.messageKey());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(number, null, principal, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/desk/tickets/" + number + "#time";
    }

    static boolean administrator(Authentication principal) {
        return principal.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMINISTRATOR.authority().equals(authority.getAuthority()));
    }

    private static TicketNumber parse(String number) {
        return CustomerTicketPages.parse(number);
    }
}
