package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.attachments.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agent links an FAQ article in a reply. With htmx the search answers with the results fragment
 * only, and a chosen article goes into the reply box at the cursor (desk-faq.js). Without JavaScript
 * the search and "insert" buttons submit the reply form itself, so the draft travels along: the
 * search shows the whole page with the results and the draft; "insert" adds the article's title and
 * address at the draft's end.
 */
@Controller
@RequestMapping("/desk/tickets/{number}/faq")
class DeskArticleLinkController {

    static final String RESULTS = DeskTicketController.PAGE + " :: faq-results";

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final ArticleLinks links;
    private final DeskTicketController page;

    DeskArticleLinkController(AgentDesk desk, SignedIn signedIn, ArticleLinks links, DeskTicketController page) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.links = links;
        this.page = page;
    }

    /** The articles found; the whole page keeps the draft {@code text} (POST, so a long draft fits). */
    @RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})
    String search(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String faq,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Principal principal,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        var ticket = desk.find(DeskTicketController.parse(number), signedIn.agent(principal))
                .orElseThrow(TicketNotFoundException::new);
        results(number, faq, links.search(faq, ticket.language()), model);
        if ("true".equals(htmx)) {
            return RESULTS;
        }
        return withDraft(number, text, files, principal, model);
    }

    /** Without JavaScript: the draft with the chosen article's title and address added at its end. */
    @PostMapping("/insert")
    String insert(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String faq,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String article,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            HttpServletResponse response,
            Model model) {
        var ticket = desk.find(DeskTicketController.parse(number), signedIn.agent(principal))
                .orElseThrow(TicketNotFoundException::new);
        var language = ticket.language();
        var chosen = links.article(article, language);
        results(number, faq, links.search(faq, language), model);
        if (chosen.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("faqError", "tickets.desk.faq.gone");
            return withDraft(number, text, files, principal, model);
        }
        return withDraft(number, ArticleLinks.appendTo(text, chosen.get()), files, principal, model);
    }

    private static void results(String number, String faq, List<ArticleLinks.ArticleLink> found, Model model) {
        model.addAttribute("faqTicket", number);
        model.addAttribute("faq", faq);
        model.addAttribute("faqSearched", !faq.isBlank());
        model.addAttribute("faqResults", found);
    }

    /**
     * The page with the draft. Files chosen for the reply came along with the form but are not kept
     * (they belong to the reply, which is not sent yet); the page asks to choose them again.
     */
    private String withDraft(
            String number, String draft, @Nullable List<MultipartFile> files, Principal principal, Model model) {
        model.addAttribute("replyText", draft);
        model.addAttribute(
                "replyFilesDropped", files != null && !Upload.fromForm(files).isEmpty());
        model.addAttribute("noteText", "");
        return page.show(number, principal, model);
    }
}
