package nl.loket.tickets.calendar.web;

import java.io.IOException;
import java.time.LocalDate;
import nl.loket.tickets.calendar.CalendarAdministration;
import nl.loket.tickets.calendar.CalendarProblem;
import nl.loket.tickets.calendar.ICalendarFile;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Days an administrator closes a calendar on: one at a time, removed again, or from an iCalendar file. */
@Controller
@RequestMapping("/admin/calendars/{id}")
class CalendarDaysController {

    private final CalendarAdministration administration;
    private final CalendarPage page;

    CalendarDaysController(CalendarAdministration administration, CalendarPage page) {
        this.administration = administration;
        this.page = page;
    }

    @PostMapping("/days")
    String add(
            @PathVariable long id,
            @ModelAttribute("dayForm") DayForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        page.calendar(id);
        var date = form.checked(errors);
        if (date != null) {
            try {
                if (!administration.addDay(id, date, form.trimmedName())) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                redirect.addFlashAttribute("notice", "tickets.calendar.day.added");
                return "redirect:/admin/calendars/" + id + "?year=" + date.getYear();
            } catch (CalendarProblem problem) {
                errors.rejectValue(
                        "date",
                        problem.messageKey(),
                        problem.kind() == CalendarProblem.Kind.OUT_OF_RANGE
                                ? problem.arguments().toArray()
                                : new Object[] {CalendarPage.nameOf(problem.holiday())},
                        null);
            }
        }
        return page.show(id, date == null ? page.thisYear() : date.getYear(), model);
    }

    @PostMapping("/days/{date}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        if (!administration.removeDay(id, date)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "tickets.calendar.day.removed");
        return "redirect:/admin/calendars/" + id + "?year=" + date.getYear();
    }

    @PostMapping("/import")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        page.calendar(id);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importProblem", "tickets.calendar.import.no-file");
            model.addAttribute("importArguments", new Object[0]);
            return page.show(id, page.thisYear(), model);
        }
        if (file.getSize() > ICalendarFile.MAX_BYTES) {
            model.addAttribute("importProblem", "tickets.calendar.import.too-large");
            model.addAttribute("importArguments", new Object[] {ICalendarFile.MAX_BYTES / (1024 * 1024)});
            return page.show(id, page.thisYear(), model);
        }
        try {
            var plan = administration
                    .importHolidays(id, file.getBytes())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("imported", plan);
            var year = plan.imported().isEmpty()
                    ? page.thisYear()
                    : plan.imported().getFirst().date().getYear();
            return page.show(id, year, model);
        } catch (ICalendarFile.Malformed malformed) {
            model.addAttribute("importProblem", malformed.key());
            model.addAttribute("importArguments", malformed.arguments());
            return page.show(id, page.thisYear(), model);
        }
    }
}
