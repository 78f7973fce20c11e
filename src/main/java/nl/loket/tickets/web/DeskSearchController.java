package nl.loket.tickets.web;

import java.security.Principal;
import nl.loket.tickets.TicketSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Searching tickets at the desk: one page of results, most relevant first, with the piece of the
 * conversation where the words were found. Any text is fine, also an empty one (the page then only
 * shows the box) and a page number that is not one (the first page).
 */
@Controller
class DeskSearchController {

    private final TicketSearch search;
    private final SignedIn signedIn;

    DeskSearchController(TicketSearch search, SignedIn signedIn) {
        this.search = search;
        this.signedIn = signedIn;
    }

    @GetMapping("/desk/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page,
            Principal principal,
            Model model) {
        var agent = signedIn.agent(principal);
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? null : search.search(q, pageNumber(page), agent));
        return "tickets/desk/search";
    }

    static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
