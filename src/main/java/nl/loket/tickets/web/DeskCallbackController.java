package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import nl.loket.tickets.CallbackOutcome;
import nl.loket.tickets.CallbackProblem;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.Callbacks;
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
 * A call attempt on a callback request, from the desk's ticket page: reached, no answer, or another
 * day and window. A refused new window shows the ticket page again with the message and the note kept.
 */
@Controller
@RequestMapping("/desk/tickets/{number}/callback-attempts")
class DeskCallbackController {

    private final Callbacks callbacks;
    private final SignedIn signedIn;
    private final DeskTicketController ticketPage;

    DeskCallbackController(Callbacks callbacks, SignedIn signedIn, DeskTicketController ticketPage) {
        this.callbacks = callbacks;
        this.signedIn = signedIn;
        this.ticketPage = ticketPage;
    }

    @PostMapping
    String attempt(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String slot,
            @RequestParam(defaultValue = "") String note,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var agent = signedIn.agent(principal);
        var ticket = DeskTicketController.parse(number);
        var chosen = Arrays.stream(CallbackOutcome.values())
                .filter(value -> value.name().equals(outcome))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (note.length() > TicketForm.MAX_MESSAGE) {
            return again(number, principal, response, model, "tickets.new.too-long", note);
        }
        CallbackWindow window = null;
        if (chosen == CallbackOutcome.RESCHEDULED) {
            var newDay = date(day);
            var newSlot = Arrays.stream(CallbackWindow.Slot.values())
                    .filter(value -> value.name().equals(slot))
                    .findFirst();
            if (newDay.isEmpty() || newSlot.isEmpty()) {
                return again(number, principal, response, model, "tickets.callback.new-window-required", note);
            }
            window = new CallbackWindow(newDay.get(), newSlot.get());
        }
        try {
            callbacks.recordAttempt(ticket, agent, chosen, window, note);
        } catch (CallbackProblem problem) {
            return again(number, principal, response, model, problem.kind().messageKey(), note);
        }
        redirect.addFlashAttribute("notice", "tickets.callback.attempt-recorded");
        return "redirect:/desk/tickets/" + number;
    }

    private String again(
            String number, Principal principal, HttpServletResponse response, Model model, String error, String note) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("callbackError", error);
        model.addAttribute("callbackNote", note);
        return ticketPage.show(number, principal, model);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
