package nl.loket.tickets.remote.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import nl.loket.tickets.remote.RemoteSupportSlots;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators publish remote-support slots, see who booked them and cancel a slot. */
@Controller
@RequestMapping("/admin/remote-support")
class RemoteSupportAdminController {

    private static final String PAGE = "tickets/remote/admin";

    private final RemoteSupportSlots slots;
    private final Customers accounts;
    private final Clock clock;

    RemoteSupportAdminController(RemoteSupportSlots slots, Customers accounts, Clock clock) {
        this.slots = slots;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String showForm(Model model) {
        return page(SlotPlanForm.empty(), new LinkedHashMap<>(), model);
    }

    @PostMapping
    String submit(
            @ModelAttribute("form") SlotPlanForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var plan = form.toPlan(clock.instant(), errors);
        if (plan != null) {
            try {
                var outcome = slots.publish(plan);
                if (outcome.errors().isEmpty()) {
                    redirect.addFlashAttribute("notice", "tickets.remote.admin.published");
                    redirect.addFlashAttribute("published", outcome.created().size());
                    return "redirect:/admin/remote-support";
                }
                outcome.errors().forEach(error -> errors.put(error.field(), error.messageKey()));
            } catch (RemoteSupportSlots.SlotsOverlap overlap) {
                errors.put("day", "tickets.remote.plan.overlaps");
                model.addAttribute("overlapAt", overlap.moment());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(form, errors, model);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var admin = accounts.signedIn(principal);
        if (!slots.cancel(id, admin.id(), admin.name())) {
            if (!slots.exists(id)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            // A second click, or a colleague was first: the slot is cancelled, which is what was asked.
            redirect.addFlashAttribute("notice", "tickets.remote.admin.slot-cancelled-already");
            return "redirect:/admin/remote-support";
        }
        redirect.addFlashAttribute("notice", "tickets.remote.admin.slot-cancelled");
        return "redirect:/admin/remote-support";
    }

    private String page(SlotPlanForm form, java.util.Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("slots", slots.upcoming());
        return PAGE;
    }
}
