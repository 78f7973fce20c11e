package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.Consumer;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.SubmissionLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the forms anyone can send (a question, a callback request) check against abuse: the honeypot
 * and the limits per address and per client. A refusal sets the page's message and status.
 */
@Component
class PublicFormGuard {

    private final SubmissionLimits limits;
    private final SignedIn signedIn;

    PublicFormGuard(SubmissionLimits limits, SignedIn signedIn) {
        this.limits = limits;
        this.signedIn = signedIn;
    }

    /** A posted form as the page shows it again, with the errors its checks add. */
    record Posted<F>(F form, BindingResult errors) {}

    /**
     * The form with a signed-in visitor's address and name, in the model as {@code form} (and
     * whether someone is signed in as {@code signedIn}).
     */
    <F extends PublicForm<F>> F show(F form, @Nullable Principal principal, Model model) {
        var account = signedIn.account(principal);
        model.addAttribute("signedIn", account.isPresent());
        var shown = account.map(found -> form.signedInAs(found.email(), found.name()))
                .orElse(form);
        model.addAttribute("form", shown);
        return shown;
    }

    /** {@link #show} for a posted form, with an empty set of errors in the model for its checks. */
    <F extends PublicForm<F>> Posted<F> posted(F form, @Nullable Principal principal, Model model) {
        var shown = show(form, principal, model);
        var errors = new BeanPropertyBindingResult(shown, "form");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return new Posted<>(shown, errors);
    }

    /**
     * The checks every posted public form goes through, in order: the honeypot, the form's own
     * {@code validation} (400 with the field errors), then the limits (429). Each refusal sets the
     * page's message and status.
     *
     * @return whether the form may be sent; when not, the caller shows its page again
     */
    <F extends PublicForm<F>> boolean admits(
            Posted<F> posted,
            Consumer<BindingResult> validation,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (posted.form().filledByRobot()) {
            refuseRobot(response, model);
            return false;
        }
        validation.accept(posted.errors());
        if (posted.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        return !limited(posted.form().address(), request, response, model);
    }

    /** A filled-in honeypot: 400 with a message for the (rare) person who filled it in. */
    private void refuseRobot(HttpServletResponse response, Model model) {
        model.addAttribute("formError", "tickets.new.robot");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Whether this address or client sent too much lately; if so, 429 with how long to wait. */
    private boolean limited(
            EmailAddress address, HttpServletRequest request, HttpServletResponse response, Model model) {
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
