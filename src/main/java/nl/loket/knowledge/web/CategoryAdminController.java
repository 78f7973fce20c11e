package nl.loket.knowledge.web;

import jakarta.validation.Valid;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.Category;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and changing knowledge-base categories. */
@Controller
@RequestMapping("/admin/kb/categories")
class CategoryAdminController {

    private static final String FORM = "knowledge/admin/category-form";

    private final ArticleEditor editor;

    CategoryAdminController(ArticleEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/new")
    String showNewForm(Model model) {
        model.addAttribute("form", CategoryForm.empty());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        editor.createCategory(form.name(), form.language(), form.position(), form.description());
        redirect.addFlashAttribute("notice", "knowledge.admin.category.saved");
        return "redirect:/admin/kb";
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        var category = find(id);
        model.addAttribute("form", CategoryForm.of(category));
        model.addAttribute("category", category);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var category = find(id);
        if (errors.hasErrors()) {
            model.addAttribute("category", category);
            return FORM;
        }
        editor.changeCategory(id, form.name(), form.description(), form.position());
        redirect.addFlashAttribute("notice", "knowledge.admin.category.saved");
        return "redirect:/admin/kb";
    }

    private Category find(long id) {
        return editor.category(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
