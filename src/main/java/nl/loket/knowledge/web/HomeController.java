package nl.loket.knowledge.web;

import java.util.Locale;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page: search the knowledge base, browse its categories, read what others read. */
@Controller
class HomeController {

    static final int POPULAR_ARTICLES = 6;

    private final KnowledgeBase knowledgeBase;

    HomeController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/")
    String show(Locale locale, Model model) {
        var language = Language.of(locale);
        model.addAttribute("categories", knowledgeBase.categories(language));
        model.addAttribute("popular", knowledgeBase.popular(language, POPULAR_ARTICLES));
        return "knowledge/home";
    }
}
