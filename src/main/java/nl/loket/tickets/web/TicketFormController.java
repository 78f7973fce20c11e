package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import nl.loket.shared.Language;
import nl.loket.tickets.AttachmentsRefused;
import nl.loket.tickets.DeflectionFunnel;
import nl.loket.tickets.DeflectionStep;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.attachments.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ticket form, free for anyone. Signed-in visitors send under their account's address and
 * name. Bad input shows the form again with everything typed; a filled-in honeypot or too many
 * tickets from one address or client are refused with a message, and nothing is stored. The FAQ
 * suggestions beside it are {@link SuggestionController}'s.
 */
@Controller
@RequestMapping("/tickets/new")
class TicketFormController {

    static final String PAGE = "tickets/new";

    private final TicketDesk desk;
    private final SignedIn signedIn;
    private final PublicFormGuard guard;
    private final DeflectionFunnel funnel;

    TicketFormController(TicketDesk desk, SignedIn signedIn, PublicFormGuard guard, DeflectionFunnel funnel) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.guard = guard;
        this.funnel = funnel;
    }

    @GetMapping
    String showForm(
            @RequestParam(required = false) @Nullable String department, @Nullable Principal principal, Model model) {
        var form = TicketForm.empty(department);
        guard.show(form, principal, model);
        return page(model);
    }

    @PostMapping
    String submit(
            @ModelAttribute("posted") TicketForm posted,
            BindingResult binding,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @Nullable Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var checked = guard.posted(posted, principal, model);
        var form = checked.form();
        if (!guard.admits(checked, errors -> form.validate(errors, desk.departments()), request, response, model)) {
            return page(model);
        }
        var customer = signedIn.account(principal).map(account -> account.id()).orElse(null);
        OpenedTicket opened;
        try {
            opened = desk.open(
                    form.toCommand(Language.of(locale), customer), Upload.fromForm(files == null ? List.of() : files));
        } catch (AttachmentsRefused refused) {
            model.addAttribute("rejections", refused.rejections());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        guard.sent(form.address(), request);
        countSubmission(form);
        return "redirect:/tickets/" + opened.number().value() + "/received?key=" + opened.accessKey();
    }

    /** "Dit beantwoordt mijn vraag": the form is left without sending; only the count is kept. */
    @PostMapping("/answered")
    String answered(@RequestParam(defaultValue = "") String article, Model model) {
        funnel.count(DeflectionStep.ANSWERED_ON_FORM);
        model.addAttribute("article", Suggestions.isArticleUrl(article) ? article : null);
        return "tickets/answered";
    }

    private void countSubmission(TicketForm form) {
        funnel.count(DeflectionStep.SUBMITTED);
        if (form.sawSuggestions()) {
            funnel.count(DeflectionStep.SUBMITTED_AFTER_SUGGESTIONS);
        }
        if (form.openedSuggestion()) {
            funnel.count(DeflectionStep.SUBMITTED_AFTER_OPENING);
        }
    }

    /** For a signed-in visitor, their account's address and name, whatever was posted. */
    private String page(Model model) {
        model.addAttribute("departments", desk.departments());
        return PAGE;
    }
}
