package nl.loket.knowledge.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import nl.loket.knowledge.SynonymEditor;
import nl.loket.knowledge.SynonymGroup;
import nl.loket.shared.Language;
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

/** The synonym groups search expands queries with, per language; changes apply to the next search. */
@Controller
@RequestMapping("/admin/kb/synonyms")
class SynonymAdminController {

    private static final String LIST = "knowledge/admin/synonyms";
    private static final String EDIT = "knowledge/admin/synonym-form";
    private static final String TOO_FEW = "knowledge.admin.synonyms.too-few";

    private final SynonymEditor synonyms;

    SynonymAdminController(SynonymEditor synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping
    String list(Model model) {
        return list(model, SynonymForm.empty(Language.NL));
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") SynonymForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                synonyms.add(form.language(), form.terms());
                redirect.addFlashAttribute("notice", "knowledge.admin.synonyms.saved");
                return "redirect:/admin/kb/synonyms";
            } catch (IllegalArgumentException tooFew) {
                errors.rejectValue("terms", TOO_FEW);
            }
        }
        return list(model, form);
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        var group = find(id);
        model.addAttribute("group", group);
        model.addAttribute("form", SynonymForm.of(group));
        return EDIT;
    }

    @PostMapping("/{id}/edit")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SynonymForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var group = find(id);
        if (!errors.hasErrors()) {
            try {
                synonyms.change(id, form.terms());
                redirect.addFlashAttribute("notice", "knowledge.admin.synonyms.saved");
                return "redirect:/admin/kb/synonyms";
            } catch (IllegalArgumentException tooFew) {
                errors.rejectValue("terms", TOO_FEW);
            }
        }
        model.addAttribute("group", group);
        return EDIT;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        synonyms.delete(id);
        redirect.addFlashAttribute("notice", "knowledge.admin.synonyms.deleted");
        return "redirect:/admin/kb/synonyms";
    }

    private String list(Model model, SynonymForm form) {
        // A form bound from the request is already there, with its binding errors; replacing it would drop them.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        var groups = new LinkedHashMap<Language, List<SynonymGroup>>();
        for (var language : Language.values()) {
            groups.put(language, synonyms.groups(language));
        }
        model.addAttribute("groups", groups);
        return LIST;
    }

    private SynonymGroup find(long id) {
        return synonyms.group(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
