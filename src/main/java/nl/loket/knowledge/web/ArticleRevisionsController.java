package nl.loket.knowledge.web;

import java.security.Principal;
import nl.loket.knowledge.Article;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.MarkdownText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's revision history: who changed what when, an old revision's text, and putting it back. */
@Controller
@RequestMapping("/admin/kb/articles/{id}/revisions")
class ArticleRevisionsController {

    private final ArticleEditor editor;

    ArticleRevisionsController(ArticleEditor editor) {
        this.editor = editor;
    }

    @GetMapping
    String history(@PathVariable long id, Model model) {
        model.addAttribute("article", find(id));
        model.addAttribute("revisions", editor.revisions(id));
        return "knowledge/admin/revisions";
    }

    @GetMapping("/{number}")
    String show(@PathVariable long id, @PathVariable int number, Model model) {
        var revision = editor.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("article", find(id));
        model.addAttribute("revision", revision);
        model.addAttribute("category", editor.category(revision.categoryId()).orElse(null));
        model.addAttribute("bodyHtml", MarkdownText.html(revision.content().body()));
        return "knowledge/admin/revision";
    }

    @PostMapping("/{number}/restore")
    String restore(
            @PathVariable long id, @PathVariable int number, Principal editorPrincipal, RedirectAttributes redirect) {
        find(id);
        editor.revision(id, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        editor.restore(id, number, editorPrincipal.getName());
        redirect.addFlashAttribute("notice", "knowledge.admin.revisions.restored");
        redirect.addFlashAttribute("noticeArgument", number);
        return "redirect:/admin/kb/articles/" + id + "/revisions";
    }

    private Article find(long id) {
        return editor.article(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
