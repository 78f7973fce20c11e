package nl.loket.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.QueryText;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. With {@code HX-Request: true} (live results while typing) only the results
 * fragment is returned; a history restore by htmx gets the whole page.
 */
@Controller
class SearchController {

    /** Longer queries are cut: no question about hosting needs more, and the search stays cheap. */
    static final int MAX_QUERY = QueryText.MAX_LENGTH;

    static final int RESULTS = 20;

    private final KnowledgeBase knowledgeBase;

    SearchController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        var query = shorten(q.strip());
        model.addAttribute("query", query);
        model.addAttribute(
                "results", query.isEmpty() ? null : knowledgeBase.search(query, Language.of(locale), RESULTS));
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return "knowledge/search :: results";
        }
        return "knowledge/search";
    }

    /** At most {@link QueryText#MAX_LENGTH} characters, never cutting an emoji in half. */
    static String shorten(String query) {
        return QueryText.limit(query, MAX_QUERY);
    }
}
