package nl.loket.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import nl.loket.knowledge.Article;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.MarkdownText;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing articles: a new one starts as a draft; editing shows a Markdown preview (a fragment for
 * htmx, the whole form without JavaScript); publishing and withdrawing are separate POSTs.
 */
@Controller
@RequestMapping("/admin/kb/articles")
class ArticleAdminController {

    private static final String FORM = "knowledge/admin/article-form";

    private final ArticleEditor editor;

    ArticleAdminController(ArticleEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/new")
    String showNewForm(@RequestParam(required = false) @Nullable Long categoryId, Model model) {
        return form(ArticleForm.empty(categoryId), null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            Principal editorPrincipal,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        var article = editor.createArticle(form.categoryId(), form.toContent(), editorPrincipal.getName());
        redirect.addFlashAttribute("notice", "knowledge.admin.article.created");
        return "redirect:/admin/kb/articles/" + article.id() + "/edit";
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        var article = find(id);
        return form(ArticleForm.of(article), article, model);
    }

    @PostMapping("/{id}/edit")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            Principal editorPrincipal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var article = find(id);
        if (errors.hasErrors()) {
            return form(form, article, model);
        }
        try {
            editor.edit(
                    id,
                    form.version() == null ? -1 : form.version(),
                    form.categoryId(),
                    form.toContent(),
                    editorPrincipal.getName(),
                    form.summaryText());
        } catch (ArticleEditor.Conflict | ObjectOptimisticLockingFailureException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            return form(form, article, model);
        }
        redirect.addFlashAttribute("notice", "knowledge.admin.article.saved");
        return "redirect:/admin/kb/articles/" + id + "/edit";
    }

    /** The Markdown as readers will see it: a fragment for htmx, else the form with the preview below. */
    @PostMapping("/preview")
    String preview(
            @ModelAttribute("form") ArticleForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("previewHtml", MarkdownText.html(form.body() == null ? "" : form.body()));
        if ("true".equals(htmx)) {
            return FORM + " :: preview";
        }
        var article = form.id() == null ? null : find(form.id());
        return form(form, article, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, Principal editorPrincipal, RedirectAttributes redirect) {
        find(id);
        editor.publish(id, editorPrincipal.getName());
        redirect.addFlashAttribute("notice", "knowledge.admin.article.published");
        return "redirect:/admin/kb/articles/" + id + "/edit";
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable long id, Principal editorPrincipal, RedirectAttributes redirect) {
        find(id);
        editor.unpublish(id, editorPrincipal.getName());
        redirect.addFlashAttribute("notice", "knowledge.admin.article.unpublished");
        return "redirect:/admin/kb/articles/" + id + "/edit";
    }

    /** Marks this article as the translation of an article in the other language (or unlinks it). */
    @PostMapping("/{id}/translation")
    String linkTranslation(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long originalId,
            RedirectAttributes redirect) {
        find(id);
        try {
            if (originalId == null) {
                editor.unlinkTranslation(id);
            } else {
                find(originalId);
                editor.linkTranslation(id, originalId);
            }
            redirect.addFlashAttribute("notice", "knowledge.admin.article.translation-saved");
        } catch (IllegalArgumentException sameLanguage) {
            redirect.addFlashAttribute("notice", "knowledge.admin.article.translation-same-language");
        }
        return "redirect:/admin/kb/articles/" + id + "/edit";
    }

    private String form(ArticleForm form, @Nullable Article article, Model model) {
        // A form bound from the request is already there, with its binding errors; replacing it would drop them.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("article", article);
        model.addAttribute("categories", editor.allCategories());
        if (article != null) {
            var other = article.language() == Language.NL ? Language.EN : Language.NL;
            model.addAttribute("translationCandidates", editor.articles(null, other));
            model.addAttribute("translation", editor.translationOf(article.id()).orElse(null));
        }
        return FORM;
    }

    private Article find(long id) {
        return editor.article(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
