package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.loket.tickets.CannedReplies;
import nl.loket.tickets.CannedReplies.Draft;
import nl.loket.tickets.TicketDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the canned replies: one page with the list and a form (new, or the one being
 * edited). Wrong input shows the form again with its messages and everything typed.
 */
@Controller
@RequestMapping("/admin/canned-replies")
class CannedReplyAdminController {

    static final String PAGE = "tickets/canned/list";

    private final CannedReplies replies;
    private final TicketDesk tickets;

    CannedReplyAdminController(CannedReplies replies, TicketDesk tickets) {
        this.replies = replies;
        this.tickets = tickets;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, new Draft("", "nl", "", ""), Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var reply = replies.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var draft = new Draft(
                reply.name(),
                reply.language().code(),
                reply.department() == null ? "" : reply.department(),
                reply.body());
        return page(model, id, draft, Map.of());
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String body,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var draft = new Draft(name, language, department, body);
        var problems = replies.problems(draft);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, null, draft, problems);
        }
        replies.create(draft);
        redirect.addFlashAttribute("notice", "tickets.canned.saved");
        return "redirect:/admin/canned-replies";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String body,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        replies.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var draft = new Draft(name, language, department, body);
        var problems = replies.problems(draft);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, draft, problems);
        }
        if (!replies.update(id, draft)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "tickets.canned.saved");
        return "redirect:/admin/canned-replies";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (!replies.delete(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "tickets.canned.deleted");
        return "redirect:/admin/canned-replies";
    }

    private String page(Model model, @Nullable Long editing, Draft draft, Map<String, String> problems) {
        model.addAttribute("replies", replies.all());
        model.addAttribute("departments", tickets.departments());
        model.addAttribute("placeholders", String.join(" ", CannedReplies.PLACEHOLDERS));
        model.addAttribute("editing", editing);
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        return PAGE;
    }
}
