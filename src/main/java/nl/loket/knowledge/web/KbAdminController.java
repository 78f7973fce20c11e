package nl.loket.knowledge.web;

import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.ArticleStatus;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' start page: every article (filtered by status and language), every category, and the searches that found nothing. */
@Controller
@RequestMapping("/admin/kb")
class KbAdminController {

    static final int CONTENT_GAPS = 100;

    private final ArticleEditor editor;
    private final KnowledgeBase knowledgeBase;

    KbAdminController(ArticleEditor editor, KnowledgeBase knowledgeBase) {
        this.editor = editor;
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping
    String overview(
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            Model model) {
        var statusFilter = statusOf(status);
        var languageFilter = languageOf(lang);
        model.addAttribute("articles", editor.articles(statusFilter, languageFilter));
        model.addAttribute("categories", editor.allCategories());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("lang", languageFilter == null ? "" : languageFilter.code());
        return "knowledge/admin/overview";
    }

    @GetMapping("/gaps")
    String contentGaps(Model model) {
        model.addAttribute("gaps", knowledgeBase.contentGaps(CONTENT_GAPS));
        return "knowledge/admin/gaps";
    }

    private static @Nullable ArticleStatus statusOf(@Nullable String value) {
        for (var candidate : ArticleStatus.values()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return null;
    }

    private static @Nullable Language languageOf(@Nullable String value) {
        for (var candidate : Language.values()) {
            if (candidate.code().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return null;
    }
}
