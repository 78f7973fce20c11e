package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.CalendarProblem;
import nl.loket.tickets.calendar.CalendarSummary;
import nl.loket.tickets.calendar.Holiday;
import nl.loket.tickets.calendar.WorkingInterval;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service level plans and business calendars over the API, for reading. Every signed-in caller sees
 * the plans (what a higher level would give is no secret), a customer with their own marked; staff
 * also read the calendars and their holidays. Administrators change both on their pages.
 */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
@Tag(name = "Service levels", description = "Service level plans and the business calendars they count in")
@TicketApiProblems
class ServicePlanApiController {

    private final ServiceLevels levels;
    private final CustomerServiceLevels customerLevels;
    private final BusinessCalendars calendars;
    private final ApiCaller.Resolver callers;

    ServicePlanApiController(
            ServiceLevels levels,
            CustomerServiceLevels customerLevels,
            BusinessCalendars calendars,
            ApiCaller.Resolver callers) {
        this.levels = levels;
        this.customerLevels = customerLevels;
        this.calendars = calendars;
        this.callers = callers;
    }

    /** A clock's target: minutes of the calendar's working time (BUSINESS) or of all time (CALENDAR). */
    record TargetJson(int minutes, TimeBasis basis) {}

    /**
     * A plan. {@code targets} has an entry per clock it measures; {@code yours} is true for the
     * calling customer's own level (always false for staff).
     */
    record Plan(
            long id,
            String name,
            long calendarId,
            String calendarName,
            boolean guaranteed,
            boolean isDefault,
            Map<ServiceClock, TargetJson> targets,
            boolean yours) {

        static Plan of(ServiceLevelDetails level, boolean yours) {
            var targets = new LinkedHashMap<ServiceClock, TargetJson>();
            for (var clock : ServiceClock.values()) {
                level.target(clock)
                        .ifPresent(target -> targets.put(clock, new TargetJson(target.minutes(), target.basis())));
            }
            return new Plan(
                    level.id(),
                    level.name(),
                    level.calendarId(),
                    level.calendarName(),
                    level.guaranteed(),
                    level.isDefault(),
                    targets,
                    yours);
        }
    }

    /** A working interval of a weekday, local time of the calendar's zone. */
    record Hours(LocalTime from, LocalTime until) {
        static Hours of(WorkingInterval interval) {
            return new Hours(time(interval.startMinute()), time(interval.endMinute()));
        }

        private static LocalTime time(int minute) {
            return minute >= WorkingInterval.END_OF_DAY ? LocalTime.MAX : LocalTime.of(minute / 60, minute % 60);
        }
    }

    /** A calendar: its working hours per weekday (closed days empty) and its holiday rules. */
    record Calendar(
            long id,
            String name,
            ZoneId zone,
            Map<DayOfWeek, List<Hours>> hours,
            boolean dutchHolidays,
            boolean goodFriday,
            String liberationDay,
            int addedDays) {

        static Calendar of(CalendarSummary calendar) {
            var hours = new LinkedHashMap<DayOfWeek, List<Hours>>();
            Arrays.stream(DayOfWeek.values())
                    .forEach(day -> hours.put(
                            day, calendar.week().on(day).stream().map(Hours::of).toList()));
            return new Calendar(
                    calendar.id(),
                    calendar.name(),
                    BusinessTime.AMSTERDAM,
                    hours,
                    calendar.rules().dutchHolidays(),
                    calendar.rules().goodFriday(),
                    calendar.rules().liberationDay().name(),
                    calendar.addedDays());
        }
    }

    /** A day the calendar is closed: a public holiday ({@code kind} set) or a day an administrator added. */
    record Day(LocalDate date, String name, @Nullable String kind, String source) {
        static Day of(Holiday holiday) {
            return new Day(
                    holiday.date(),
                    holiday.name(),
                    holiday.kind() == null ? null : holiday.kind().name(),
                    holiday.source().name());
        }
    }

    @GetMapping("/service-levels")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Service level plans",
            description = "Every plan with its calendar and a target per clock it measures (FIRST_RESPONSE,"
                    + " NEXT_RESPONSE, RESOLUTION), guaranteed or best effort. For a customer, `yours` marks"
                    + " their own level (new tickets get it). Scope tickets:read.")
    List<Plan> plans(Principal principal) {
        var mine =
                switch (callers.of(principal)) {
                    case ApiCaller.Staff staff -> null;
                    case ApiCaller.Customer customer -> {
                        var level = customerLevels.of(customer.account().id());
                        yield level == null ? null : level.level().id();
                    }
                };
        return levels.all().stream()
                .map(level -> Plan.of(level, mine != null && mine == level.id()))
                .toList();
    }

    @GetMapping("/calendars")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Business calendars",
            description = "The calendars service levels count in: working hours per weekday (Europe/Amsterdam)"
                    + " and holiday rules. Staff only. Scope tickets:read.")
    List<Calendar> calendars(Principal principal) {
        requireStaff(principal);
        return calendars.all().stream().map(Calendar::of).toList();
    }

    @GetMapping("/calendars/{id}/holidays")
    @RequiresScope(ApiScope.TICKETS_READ)
    @TicketApiProblems.InvalidInput
    @Operation(
            summary = "Closed days of a calendar in a year",
            description = "The Dutch public holidays the calendar's rules compute for the year and the days"
                    + " administrators added, in date order. Staff only. Scope tickets:read.")
    List<Day> holidays(
            Principal principal,
            @PathVariable long id,
            @Parameter(description = "the year, 1980 to 2999; default: this year")
                    @RequestParam(required = false)
                    @Nullable
                    Integer year) {
        requireStaff(principal);
        var chosen = year == null ? LocalDate.now(BusinessTime.AMSTERDAM).getYear() : year;
        try {
            return calendars
                    .holidays(id, chosen)
                    .orElseThrow(() -> TicketApiErrors.notFound("tickets.api.unknown-calendar"))
                    .stream()
                    .map(Day::of)
                    .toList();
        } catch (CalendarProblem outOfRange) {
            throw TicketApiErrors.badRequest("tickets.api.calendar-year", "year");
        }
    }

    private void requireStaff(Principal principal) {
        if (!(callers.of(principal) instanceof ApiCaller.Staff)) {
            throw TicketApiErrors.forbidden("tickets.api.calendars-staff-only");
        }
    }
}
