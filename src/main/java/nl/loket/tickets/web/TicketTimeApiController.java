package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.time.CustomerTime;
import nl.loket.tickets.time.TicketDay;
import nl.loket.tickets.time.TicketTime;
import nl.loket.tickets.time.TimeEntry;
import nl.loket.tickets.time.TimeEntryRefused;
import nl.loket.tickets.time.TimeInput;
import nl.loket.tickets.time.TimeSheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time on a ticket over the API. Staff read every entry with its agent and log time; a customer
 * reads the billable blocks and amounts of their own ticket, without names (docs/adr/0017).
 */
@RestController
@RequestMapping(value = "/api/v1/tickets/{number}/time", produces = "application/json")
@Tag(name = "Tickets")
@ApiResponse(
        responseCode = "403",
        description = "the API token lacks the scope, or a customer tried to log time",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "no such ticket, or not the caller's",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class TicketTimeApiController {

    /** Time as a script logs it; {@code day} defaults to today (Dutch time). */
    record NewTime(
            @Nullable Integer minutes,
            @Nullable Boolean billable,
            @Nullable LocalDate day,
            @Nullable String description) {}

    record Money(BigDecimal amount, String currency) {
        static Money of(long cents) {
            return new Money(BigDecimal.valueOf(cents, 2), "EUR");
        }
    }

    record AgentRef(long id, String name) {}

    record Entry(
            long id,
            AgentRef agent,
            LocalDate day,
            int minutes,
            boolean billable,
            String description,
            Money ratePerBlock) {
        static Entry of(TimeEntry entry) {
            return new Entry(
                    entry.id(),
                    new AgentRef(entry.agent().value(), entry.agentName()),
                    entry.day(),
                    entry.minutes(),
                    entry.billable(),
                    entry.description(),
                    Money.of(entry.rateCents()));
        }
    }

    record Day(LocalDate day, int billableMinutes, int blocks, Money ratePerBlock, Money amount, String description) {
        static Day of(TicketDay day) {
            return new Day(
                    day.day(),
                    day.billableMinutes(),
                    day.blocks(),
                    Money.of(day.rateCents()),
                    Money.of(day.amountCents()),
                    day.description());
        }
    }

    record StaffTime(
            String ticket,
            List<Entry> entries,
            List<Day> days,
            int minutes,
            int billableMinutes,
            int includedMinutes,
            int blocks,
            Money amount) {
        static StaffTime of(TimeSheet sheet) {
            var totals = sheet.totals();
            return new StaffTime(
                    sheet.ticket().number().value(),
                    sheet.entries().stream().map(Entry::of).toList(),
                    sheet.days().stream().map(Day::of).toList(),
                    totals.minutes(),
                    totals.billableMinutes(),
                    totals.includedMinutes(),
                    totals.blocks(),
                    Money.of(totals.amountCents()));
        }
    }

    record CustomerDay(LocalDate day, int blocks, Money amount, String description) {}

    record CustomerTimeJson(String ticket, List<CustomerDay> days, int blocks, Money amount) {
        static CustomerTimeJson of(String number, CustomerTime time) {
            return new CustomerTimeJson(
                    number,
                    time.days().stream()
                            .map(day -> new CustomerDay(
                                    day.day(), day.blocks(), Money.of(day.amountCents()), day.description()))
                            .toList(),
                    time.blocks(),
                    Money.of(time.amountCents()));
        }
    }

    private final ApiCaller.Resolver callers;
    private final TicketTime time;

    TicketTimeApiController(ApiCaller.Resolver callers, TicketTime time) {
        this.callers = callers;
        this.time = time;
    }

    @GetMapping
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Time on a ticket",
            description = "Staff get every entry with its agent, the billable days (whole blocks of 15 minutes per"
                    + " ticket per day, rounded up) and the totals; a customer gets the billable days of their own"
                    + " ticket with blocks, amount and description, without names. Scope tickets:read.")
    Object show(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number, Principal principal) {
        var parsed = TicketApiViews.parse(number);
        return switch (callers.of(principal)) {
            case ApiCaller.Staff staff -> StaffTime.of(time.sheet(parsed, staff.agent()));
            case ApiCaller.Customer customer ->
                time.forCustomer(parsed, customer.access())
                        .map(found -> CustomerTimeJson.of(parsed.value(), found))
                        .orElseThrow(TicketNotFoundException::new);
        };
    }

    @PostMapping(consumes = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Log time on a ticket",
            description = "Staff only: minutes (1 to 1440), billable (default false: included in the service), day"
                    + " (default today, not in the future) and a description (at most 200 characters). The answer is"
                    + " the ticket's time as staff see it. Scope tickets:write.")
    @ApiResponse(responseCode = "201", description = "logged")
    @ApiResponse(
            responseCode = "400",
            description = "invalid fields (listed under errors)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StaffTime> log(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @RequestBody NewTime body,
            Principal principal) {
        var parsed = TicketApiViews.parse(number);
        if (!(callers.of(principal) instanceof ApiCaller.Staff staff)) {
            throw TicketApiErrors.forbidden("tickets.time.api.staff-only");
        }
        if (body.minutes() == null) {
            throw TicketApiErrors.badRequest("tickets.time.error.minutes", "minutes");
        }
        var input = new TimeInput(
                body.minutes(),
                body.day() == null ? time.today() : body.day(),
                Boolean.TRUE.equals(body.billable()),
                body.description() == null ? "" : body.description());
        try {
            time.log(parsed, staff.agent(), input);
        } catch (TimeEntryRefused refused) {
            throw TicketApiErrors.badRequest(refused.messageKey(), refused.field());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(StaffTime.of(time.sheet(parsed, staff.agent())));
    }
}
