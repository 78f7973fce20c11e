package nl.loket.knowledge.web;

import java.util.Locale;
import nl.loket.knowledge.CategorySummary;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The knowledge base's table of contents and its category pages. */
@Controller
class CategoryController {

    private final KnowledgeBase knowledgeBase;

    CategoryController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/kb")
    String showAll(Locale locale, Model model) {
        model.addAttribute("categories", knowledgeBase.categories(Language.of(locale)));
        model.addAttribute("canonicalUrl", absolute("/kb"));
        return "knowledge/categories";
    }

    @GetMapping("/kb/{category}")
    String show(@PathVariable String category, Locale locale, Model model) {
        var language = Language.of(locale);
        var found = find(category, language);
        model.addAttribute("category", found.summary());
        model.addAttribute(
                "contentLanguage",
                found.language() == language ? null : found.language().code());
        model.addAttribute("canonicalUrl", absolute(found.summary().url()));
        return "knowledge/category";
    }

    /** The category in the reader's language, else the one with that address in the other language. */
    private Found find(String slug, Language language) {
        var other = language == Language.NL ? Language.EN : Language.NL;
        return knowledgeBase
                .category(language, slug)
                .map(summary -> new Found(summary, language))
                .or(() -> knowledgeBase.category(other, slug).map(summary -> new Found(summary, other)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private record Found(CategorySummary summary, Language language) {}
}
