package nl.loket.tickets.servicelevel.web;

import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevelProblem;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.TimeBasis;
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

/** Administrators define service level plans: targets per clock, calendar, guaranteed or not, the default. */
@Controller
@RequestMapping("/admin/service-levels")
class ServiceLevelAdminController {

    private static final String LIST = "tickets/service-level/list";
    private static final String EDIT = "tickets/service-level/edit";

    private final ServiceLevels levels;
    private final BusinessCalendars calendars;

    ServiceLevelAdminController(ServiceLevels levels, BusinessCalendars calendars) {
        this.levels = levels;
        this.calendars = calendars;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("levels", levels.all());
        model.addAttribute("clocks", ServiceClock.values());
        if (!model.containsAttribute("newName")) {
            model.addAttribute("newName", "");
        }
        return LIST;
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            var id = levels.create(name);
            redirect.addFlashAttribute("notice", "tickets.service-level.created");
            return "redirect:/admin/service-levels/" + id;
        } catch (ServiceLevelProblem problem) {
            model.addAttribute("newName", name);
            model.addAttribute("problem", problem.messageKey());
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String showForm(@PathVariable long id, Model model) {
        var level = find(id);
        model.addAttribute("form", ServiceLevelForm.of(level));
        return edit(level, model);
    }

    @PostMapping("/{id}")
    String submit(
            @PathVariable long id,
            @ModelAttribute("form") @Nullable ServiceLevelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var level = find(id);
        if (form == null) {
            // only a hand-made request sends values the form's lists do not offer
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var change = form.toChange(errors);
        if (change != null) {
            try {
                levels.change(id, change);
                redirect.addFlashAttribute("notice", "tickets.service-level.saved");
                return "redirect:/admin/service-levels/" + id;
            } catch (ServiceLevelProblem problem) {
                switch (problem.kind()) {
                    case NAME_MISSING, NAME_TAKEN -> errors.rejectValue("name", problem.messageKey());
                    case UNKNOWN_CALENDAR -> errors.rejectValue("calendarId", problem.messageKey());
                    case CHANGED_MEANWHILE -> errors.reject(problem.messageKey());
                }
            }
        }
        return edit(level, model);
    }

    @PostMapping("/{id}/default")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        if (!levels.makeDefault(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "tickets.service-level.default-changed");
        return "redirect:/admin/service-levels";
    }

    private String edit(ServiceLevelDetails level, Model model) {
        model.addAttribute("level", level);
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("clockFields", new String[] {"firstResponse", "nextResponse", "resolution"});
        model.addAttribute("clocks", ServiceClock.values());
        model.addAttribute("units", ServiceLevelForm.Unit.values());
        model.addAttribute("bases", TimeBasis.values());
        return EDIT;
    }

    private ServiceLevelDetails find(long id) {
        return levels.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
