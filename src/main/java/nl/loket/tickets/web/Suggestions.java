package nl.loket.tickets.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.loket.knowledge.ArticlePage;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.SearchHit;
import nl.loket.shared.Language;
import org.springframework.stereotype.Component;

/** FAQ articles for a question being typed, from the knowledge base's suggestions. */
@Component
class Suggestions {

    /** Suggestions start once the question has this many characters. */
    static final int MIN_LENGTH = 3;

    static final int LIMIT = 5;

    private static final int MAX_QUESTION = 1000;
    private static final Pattern ARTICLE_URL = Pattern.compile("/kb/([a-z0-9-]{1,200})/([a-z0-9-]{1,200})");

    private final KnowledgeBase knowledgeBase;

    Suggestions(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    List<SearchHit> forQuestion(String question, Language language) {
        var text = question.strip();
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            return List.of();
        }
        var limited = text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text;
        return knowledgeBase.suggestions(limited, language, LIMIT);
    }

    /** Whether {@code url} has the shape of an article's public address, {@code /kb/category/article}. */
    static boolean isArticleUrl(String url) {
        return ARTICLE_URL.matcher(url).matches();
    }

    /** A published article by its public URL, as a suggestion links to it. */
    Optional<ArticlePage> article(String url, Language language) {
        var matcher = ARTICLE_URL.matcher(url);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return knowledgeBase.article(matcher.group(1), matcher.group(2), language);
    }
}
