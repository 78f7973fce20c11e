package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketRuleException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** How the ticket pages answer what went wrong: never a 500 for a missing ticket or a refused change. */
@ControllerAdvice(basePackageClasses = TicketWebErrors.class)
class TicketWebErrors {

    /** Unknown number, wrong key, someone else's ticket: one answer for all, the usual 404 page. */
    @ExceptionHandler(TicketNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A change the ticket's rules refuse (answering a closed ticket): a page that says why. */
    @ExceptionHandler(TicketRuleException.class)
    String refused(TicketRuleException refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("messageKey", refused.messageKey());
        return "tickets/refused";
    }

    /** Someone changed the ticket at the same moment: nothing was saved, try again on the fresh page. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String changedMeanwhile(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("messageKey", "tickets.rule.changed-meanwhile");
        return "tickets/refused";
    }
}
