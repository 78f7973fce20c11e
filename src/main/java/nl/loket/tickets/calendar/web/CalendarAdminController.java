package nl.loket.tickets.calendar.web;

import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.CalendarAdministration;
import nl.loket.tickets.calendar.CalendarProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of business calendars, new calendars, and one calendar's working hours and holiday rules. */
@Controller
@RequestMapping("/admin/calendars")
class CalendarAdminController {

    private static final String LIST = "tickets/calendar/list";

    private final BusinessCalendars calendars;
    private final CalendarAdministration administration;
    private final CalendarPage page;

    CalendarAdminController(BusinessCalendars calendars, CalendarAdministration administration, CalendarPage page) {
        this.calendars = calendars;
        this.administration = administration;
        this.page = page;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("calendars", calendars.all());
        if (!model.containsAttribute("newName")) {
            model.addAttribute("newName", "");
        }
        return LIST;
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            var id = administration.create(name);
            redirect.addFlashAttribute("notice", "tickets.calendar.created");
            return "redirect:/admin/calendars/" + id;
        } catch (CalendarProblem problem) {
            model.addAttribute("newName", name);
            model.addAttribute("problem", problem);
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable String year, Model model) {
        return page.show(id, page.yearOr(year, model), model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") @Nullable CalendarForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        page.calendar(id);
        if (form == null) {
            // only a hand-made request sends values the form's lists do not offer
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var change = form.toChange(errors);
        if (change != null) {
            try {
                if (!administration.change(id, change)) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                redirect.addFlashAttribute("notice", "tickets.calendar.saved");
                return "redirect:/admin/calendars/" + id;
            } catch (CalendarProblem problem) {
                var field = problem.kind() == CalendarProblem.Kind.CHANGED_MEANWHILE ? null : "name";
                if (field == null) {
                    errors.reject(problem.messageKey());
                } else {
                    errors.rejectValue(field, problem.messageKey());
                }
            }
        }
        return page.show(id, page.thisYear(), model);
    }
}
