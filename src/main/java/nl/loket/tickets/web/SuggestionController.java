package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import nl.loket.shared.Language;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import nl.loket.tickets.TicketDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * FAQ suggestions beside the ticket form. While the question is typed, htmx asks for the
 * suggestions fragment ({@code HX-Request: true}); without htmx the same address answers with the
 * whole form and the suggestions under it. A suggestion opens in place (the article fragment), or,
 * without htmx, on its own page. The form carries the funnel's flags along, so each form counts
 * "suggestions shown" and "suggestion opened" once.
 */
@Controller
@RequestMapping("/tickets/new")
class SuggestionController {

    private final Suggestions suggestions;
    private final DeflectionFunnel funnel;
    private final TicketDesk desk;
    private final SignedIn signedIn;

    SuggestionController(Suggestions suggestions, DeflectionFunnel funnel, TicketDesk desk, SignedIn signedIn) {
        this.suggestions = suggestions;
        this.funnel = funnel;
        this.desk = desk;
        this.signedIn = signedIn;
    }

    @GetMapping("/suggestions")
    String suggestions(
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String shown,
            @RequestParam(defaultValue = "") String opened,
            @RequestParam(required = false) @Nullable String department,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @Nullable Principal principal,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        var form = new TicketForm(
                department,
                shorten(subject, TicketForm.MAX_SUBJECT),
                shorten(message, TicketForm.MAX_MESSAGE),
                "",
                "",
                "",
                shown,
                opened);
        var hits = suggestions.forQuestion(form.question(), Language.of(locale));
        if (!hits.isEmpty() && !form.sawSuggestions()) {
            funnel.count(DeflectionStep.SUGGESTIONS_SHOWN);
        }
        model.addAttribute("suggestions", hits);
        model.addAttribute("shownFlag", form.sawSuggestions() || !hits.isEmpty());
        model.addAttribute("openedFlag", form.openedSuggestion());
        if ("true".equals(htmx)) {
            return TicketFormController.PAGE + " :: suggestions";
        }
        var account = signedIn.account(principal);
        model.addAttribute("signedIn", account.isPresent());
        model.addAttribute(
                "form",
                account.map(found -> form.signedInAs(found.email(), found.name()))
                        .orElse(form));
        model.addAttribute("departments", desk.departments());
        return TicketFormController.PAGE;
    }

    @GetMapping("/article")
    String article(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String opened,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        var article = suggestions
                .article(url, Language.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!"true".equals(htmx)) {
            return "redirect:" + article.url();
        }
        if (opened.isBlank()) {
            funnel.count(DeflectionStep.SUGGESTION_OPENED);
        }
        model.addAttribute("article", article);
        return TicketFormController.PAGE + " :: article";
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
