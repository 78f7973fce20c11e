package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.SubmissionLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the forms anyone can send (a question, a callback request) check against abuse: the honeypot
 * and the limits per address and per client. A refusal sets the page's message and status.
 */
@Component
class PublicFormGuard {

    private final SubmissionLimits limits;

    PublicFormGuard(SubmissionLimits limits) {
        this.limits = limits;
    }

    /** A filled-in honeypot: 400 with a message for the (rare) person who filled it in. */
    void refuseRobot(HttpServletResponse response, Model model) {
        model.addAttribute("formError", "tickets.new.robot");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Whether this address or client sent too much lately; if so, 429 with how long to wait. */
    boolean limited(EmailAddress address, HttpServletRequest request, HttpServletResponse response, Model model) {
        var wait = limits.waitFor(address, request.getRemoteAddr());
        if (wait.isEmpty()) {
            return false;
        }
        model.addAttribute("formError", "tickets.new.limited");
        model.addAttribute("waitMinutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
        response.setStatus(429);
        response.setHeader(
                HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.get().toSeconds())));
        return true;
    }

    /** Counts a sent form against the limits. */
    void sent(EmailAddress address, HttpServletRequest request) {
        limits.record(address, request.getRemoteAddr());
    }
}
