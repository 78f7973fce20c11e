package nl.loket.notifications.web;

import nl.loket.notifications.OutboxAdministration;
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

/** The outbox for administrators (the URL rules in SecurityConfiguration admit only them). */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    private final OutboxAdministration outbox;

    OutboxAdminController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", outbox.page(page));
        model.addAttribute("mailServer", outbox.mailServerConfigured());
        return "notifications/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute(
                "mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("mailServer", outbox.mailServerConfigured());
        return "notifications/mail";
    }

    @PostMapping("/{id}/send-again")
    String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (outbox.sendAgain(id)) {
            redirect.addFlashAttribute("sentAgain", true);
        }
        return "redirect:/admin/outbox/" + id;
    }
}
