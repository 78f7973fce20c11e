package nl.loket.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.SearchHit;
import nl.loket.shared.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public knowledge-base API: search and FAQ suggestions, best first. */
@RestController
@RequestMapping("/api/v1/kb")
@Tag(name = "Knowledge base", description = "Public search over published FAQ articles")
class KnowledgeApiController {

    private final KnowledgeBase knowledgeBase;

    KnowledgeApiController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** The response of both endpoints. */
    record Results(List<SearchHit> results) {}

    @GetMapping("/search")
    @Operation(
            summary = "Search published articles",
            description = "Dutch or English analysis (stemming, compounds, accents, synonyms, typos). "
                    + "Any text is accepted; an unknown language falls back to Dutch. "
                    + "Snippets are HTML-escaped with matches in <mark>.")
    Results search(
            @RequestParam(defaultValue = "") @Parameter(description = "what the reader typed") String q,
            @RequestParam(defaultValue = "nl") @Parameter(description = "nl or en") String lang,
            @RequestParam(defaultValue = "10") @Parameter(description = "1 to 50") int limit) {
        return new Results(
                knowledgeBase.search(q, Language.fromCode(lang), limit).hits());
    }

    @GetMapping("/suggestions")
    @Operation(
            summary = "FAQ suggestions for a ticket being written",
            description = "The best 3 to 5 published articles for the subject and message of a ticket.")
    Results suggestions(
            @RequestParam(defaultValue = "") @Parameter(description = "ticket subject and message") String text,
            @RequestParam(defaultValue = "nl") @Parameter(description = "nl or en") String lang,
            @RequestParam(defaultValue = "5") @Parameter(description = "1 to 5") int limit) {
        return new Results(knowledgeBase.suggestions(text, Language.fromCode(lang), limit));
    }
}
