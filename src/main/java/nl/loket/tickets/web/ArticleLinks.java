package nl.loket.tickets.web;

import java.util.List;
import java.util.Optional;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * FAQ articles an agent links in a reply: found with the knowledge base's suggestions (which, unlike
 * a reader's search, records no content gap), in the customer's language, each with the text that
 * goes into the reply: its title and its absolute public address ({@code loket.base-url}).
 */
@Component
class ArticleLinks {

    static final int LIMIT = 8;
    static final int MAX_QUERY = 200;

    /** An article to link: the text for the reply is "title: https://…/kb/category/article". */
    record ArticleLink(String title, String url, String text) {}

    private final KnowledgeBase knowledgeBase;
    private final String baseUrl;

    ArticleLinks(KnowledgeBase knowledgeBase, @Value("${loket.base-url:http://localhost:8080}") String baseUrl) {
        this.knowledgeBase = knowledgeBase;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    List<ArticleLink> search(String query, Language language) {
        var text = query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        var limited = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        return knowledgeBase.suggestions(limited, language, LIMIT).stream()
                .map(hit -> link(hit.title(), hit.url()))
                .toList();
    }

    /** The published article at this public address, in the customer's language when it has one. */
    Optional<ArticleLink> article(String url, Language language) {
        if (!Suggestions.isArticleUrl(url)) {
            return Optional.empty();
        }
        var parts = url.split("/");
        return knowledgeBase.article(parts[2], parts[3], language).map(page -> link(page.title(), page.url()));
    }

    /** The draft with the link added at its end, on a line of its own. */
    static String appendTo(String draft, ArticleLink link) {
        var kept = draft.stripTrailing();
        return kept.isEmpty() ? link.text() : kept + "\n\n" + link.text();
    }

    private ArticleLink link(String title, String url) {
        return new ArticleLink(title, url, title + ": " + baseUrl + url);
    }
}
