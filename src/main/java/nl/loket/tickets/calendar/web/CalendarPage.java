package nl.loket.tickets.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.CalendarDetails;
import nl.loket.tickets.calendar.Holiday;
import nl.loket.tickets.calendar.LiberationDay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the page of one calendar: its settings form, the holidays of the chosen year, the form to
 * add a day and the import form. Forms already in the model (bound from a request, with their
 * errors) are left as they are.
 */
@Component
class CalendarPage {

    static final String VIEW = "tickets/calendar/calendar";

    private final BusinessCalendars calendars;
    private final Clock clock;

    CalendarPage(BusinessCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    CalendarDetails calendar(long id) {
        return calendars.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String show(long id, int year, Model model) {
        var calendar = calendar(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CalendarForm.of(calendar));
        }
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", DayForm.empty());
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute("days", CalendarForm.DAYS);
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendars.holidays(id, year).orElseThrow());
        model.addAttribute("firstYear", BusinessTime.FIRST_YEAR);
        model.addAttribute("lastYear", BusinessTime.LAST_YEAR);
        model.addAttribute("liberationChoices", LiberationDay.values());
        return VIEW;
    }

    int thisYear() {
        return LocalDate.now(clock.withZone(BusinessTime.AMSTERDAM)).getYear();
    }

    /** The year asked for, or this year when the text is not a year business time is computed for. */
    int yearOr(@Nullable String year, Model model) {
        if (year == null || year.isBlank()) {
            return thisYear();
        }
        try {
            var asked = Integer.parseInt(year.strip());
            if (asked >= BusinessTime.FIRST_YEAR && asked <= BusinessTime.LAST_YEAR) {
                return asked;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the notice
        }
        model.addAttribute("yearProblem", true);
        return thisYear();
    }

    /** A holiday's name as text arguments resolve it: a computed one in the reader's language. */
    static Object nameOf(@Nullable Holiday holiday) {
        if (holiday == null) {
            return "";
        }
        var kind = holiday.kind();
        return kind == null
                ? holiday.name()
                : new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, holiday.name());
    }
}
