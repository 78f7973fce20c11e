package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.loket.shared.Language;
import nl.loket.tickets.CallbackProblem;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.Callbacks;
import nl.loket.tickets.TicketDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Bel mij terug", free for anyone, like the ticket form and under the same limits: a number, a day
 * and a window instead of phoning. The request becomes a ticket; the visitor lands on its page with
 * the private link, as after the ticket form.
 */
@Controller
@RequestMapping("/tickets/callback")
class CallbackFormController {

    static final String PAGE = "tickets/callback";

    private final Callbacks callbacks;
    private final TicketDesk desk;
    private final SignedIn signedIn;
    private final PublicFormGuard guard;
    private final Clock clock;

    CallbackFormController(
            Callbacks callbacks, TicketDesk desk, SignedIn signedIn, PublicFormGuard guard, Clock clock) {
        this.callbacks = callbacks;
        this.desk = desk;
        this.signedIn = signedIn;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping
    String showForm(
            @RequestParam(required = false) @Nullable String department, @Nullable Principal principal, Model model) {
        guard.show(CallbackForm.empty(department), principal, model);
        return page(model);
    }

    @PostMapping
    String submit(
            @ModelAttribute("posted") CallbackForm posted,
            @Nullable Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var checked = guard.posted(posted, principal, model);
        var form = checked.form();
        var errors = checked.errors();
        var admitted = guard.admits(
                checked,
                found -> {
                    form.validate(found, desk.departments());
                    if (!found.hasFieldErrors("day") && !found.hasFieldErrors("slot")) {
                        callbacks
                                .problemWith(form.window())
                                .ifPresent(problem -> found.rejectValue("day", problem.messageKey()));
                    }
                },
                request,
                response,
                model);
        if (!admitted) {
            return page(model);
        }
        var customer = signedIn.account(principal).map(account -> account.id()).orElse(null);
        try {
            var opened = callbacks.request(form.toRequest(Language.of(locale), customer));
            guard.sent(form.address(), request);
            return "redirect:/tickets/" + opened.number().value() + "?key=" + opened.accessKey();
        } catch (CallbackProblem problem) {
            // The window passed between the check and the request.
            errors.rejectValue("day", problem.kind().messageKey());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
    }

    private String page(Model model) {
        var today = LocalDate.now(clock.withZone(CallbackWindow.ZONE));
        model.addAttribute("departments", desk.departments());
        model.addAttribute("slots", CallbackWindow.Slot.values());
        model.addAttribute("firstDay", today);
        model.addAttribute("lastDay", today.plusDays(Callbacks.MAX_DAYS_AHEAD));
        return PAGE;
    }
}
