package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.shared.Language;
import nl.loket.tickets.CallbackOutcome;
import nl.loket.tickets.CallbackRequest;
import nl.loket.tickets.CallbackView;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.Callbacks;
import nl.loket.tickets.Channel;
import nl.loket.tickets.PhoneNumber;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Callback requests over the API: a signed-in customer asks to be called back (the request becomes a
 * ticket, as on {@code /tickets/callback}); the customer and staff read its window; staff record
 * call attempts. Errors are problem+json from {@link TicketApiErrors}.
 */
@RestController
@Tag(name = "Tickets")
@TicketApiProblems
@TicketApiProblems.InvalidInput
class CallbackApiController {

    private final ApiCaller.Resolver callers;
    private final Callbacks callbacks;
    private final TicketDesk desk;
    private final TicketApiViews views;

    CallbackApiController(ApiCaller.Resolver callers, Callbacks callbacks, TicketDesk desk, TicketApiViews views) {
        this.callers = callers;
        this.callbacks = callbacks;
        this.desk = desk;
        this.views = views;
    }

    @Schema(description = "A request to be called back on a working day in one of the desk's windows")
    record NewCallback(
            @Schema(description = "department code, e.g. techniek", example = "techniek") @NotBlank @Size(max = 100)
                    String department,
            @NotBlank @Size(max = TicketForm.MAX_SUBJECT) String subject,
            @Schema(description = "optional details") @Nullable @Size(max = TicketForm.MAX_MESSAGE) String text,
            @Schema(example = "06 12345678") @NotBlank @Size(max = CallbackForm.MAX_PHONE) String phone,
            @Schema(description = "the day, ISO 8601", example = "2026-11-24") @NotBlank String day,
            @Schema(allowableValues = {"MORNING", "AFTERNOON", "LATE_AFTERNOON"}) @NotBlank String slot) {}

    @Schema(description = "A call attempt; RESCHEDULED needs the new day and slot")
    record NewAttempt(
            @Schema(allowableValues = {"REACHED", "NO_ANSWER", "RESCHEDULED"}) @NotBlank String outcome,
            @Schema(description = "RESCHEDULED only: the new day, ISO 8601") @Nullable String day,
            @Schema(
                            description = "RESCHEDULED only: the new window",
                            allowableValues = {"MORNING", "AFTERNOON", "LATE_AFTERNOON"})
                    @Nullable
                    String slot,
            @Schema(description = "an internal note for colleagues") @Nullable @Size(max = TicketForm.MAX_MESSAGE)
                    String note) {}

    @Schema(description = "A callback request: whom to call and when, and how the attempts went")
    record CallbackJson(
            @Schema(example = "+31612345678") String phone,
            LocalDate day,
            @Schema(example = "09:00") String from,
            @Schema(example = "12:00") String until,
            int attempts,
            @Nullable String lastOutcome,
            @Nullable Instant lastAttempt) {

        static CallbackJson of(CallbackView view) {
            return new CallbackJson(
                    view.phone().value(),
                    view.window().day(),
                    view.window().from().toString(),
                    view.window().until().toString(),
                    view.attempts(),
                    view.lastOutcome() == null ? null : view.lastOutcome().name(),
                    view.lastAttempt());
        }
    }

    @PostMapping(value = "/api/v1/callbacks", consumes = "application/json", produces = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Ask to be called back",
            description = "A customer asks to be called back on a working day of the office-hours calendar, today up"
                    + " to 30 days ahead, in one of the windows MORNING (09:00-12:00), AFTERNOON (12:00-15:00) or"
                    + " LATE_AFTERNOON (15:00-17:00). It becomes a ticket; the answer is that ticket as the customer"
                    + " sees it. Staff take callback requests at the desk instead (403). Scope tickets:write.")
    @ApiResponse(responseCode = "201", description = "requested; Location is the ticket's address")
    ResponseEntity<Object> request(@Valid @RequestBody NewCallback body, Principal principal, Locale locale) {
        var caller = callers.of(principal);
        if (!(caller instanceof ApiCaller.Customer customer)) {
            throw TicketApiErrors.forbidden("tickets.callback.api.customers-only");
        }
        if (desk.departments().stream().noneMatch(d -> d.code().equals(body.department()))) {
            throw TicketApiErrors.badRequest("tickets.api.unknown-department", "department");
        }
        var phone = PhoneNumber.parse(body.phone())
                .orElseThrow(() -> TicketApiErrors.badRequest("tickets.callback.phone-invalid", "phone"));
        var window = new CallbackWindow(day(body.day()), slot(body.slot()));
        var opened = callbacks.request(new CallbackRequest(
                body.department(),
                body.subject(),
                body.text() == null ? "" : body.text(),
                phone,
                window,
                customer.account().email(),
                customer.account().name(),
                Language.of(locale),
                customer.account().id(),
                Channel.API));
        var location = UriComponentsBuilder.fromPath("/api/v1/tickets/{number}")
                .build(opened.number().value());
        return ResponseEntity.created(location)
                .body(views.of(caller, opened.number().value()));
    }

    @GetMapping(value = "/api/v1/tickets/{number}/callback", produces = "application/json")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Read a ticket's callback request",
            description = "The number, window and attempts of a callback request, for staff and for the customer whose"
                    + " ticket it is. Scope tickets:read.")
    @ApiResponse(responseCode = "200", description = "the callback request")
    CallbackJson read(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number, Principal principal) {
        var parsed = TicketApiViews.parse(number);
        if (callers.of(principal) instanceof ApiCaller.Customer customer
                && desk.find(parsed, customer.access()).isEmpty()) {
            throw new TicketNotFoundException();
        }
        return CallbackJson.of(callbacks.of(parsed).orElseThrow(TicketNotFoundException::new));
    }

    @PostMapping(
            value = "/api/v1/tickets/{number}/callback-attempts",
            consumes = "application/json",
            produces = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Record a call attempt",
            description = "Staff only: how an attempt to call went (REACHED, NO_ANSWER, RESCHEDULED with a new day and"
                    + " slot), with an optional internal note. Answers with the callback request afterwards. Scope"
                    + " tickets:write.")
    @ApiResponse(responseCode = "200", description = "the callback request afterwards")
    CallbackJson attempt(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @Valid @RequestBody NewAttempt body,
            Principal principal) {
        if (!(callers.of(principal) instanceof ApiCaller.Staff staff)) {
            throw TicketApiErrors.forbidden("tickets.callback.api.staff-only");
        }
        TicketNumber parsed = TicketApiViews.parse(number);
        var outcome = Arrays.stream(CallbackOutcome.values())
                .filter(value -> value.name().equals(body.outcome()))
                .findFirst()
                .orElseThrow(() -> TicketApiErrors.badRequest("tickets.callback.api.unknown-outcome", "outcome"));
        CallbackWindow window = null;
        if (outcome == CallbackOutcome.RESCHEDULED) {
            if (body.day() == null || body.slot() == null) {
                throw TicketApiErrors.badRequest("tickets.callback.new-window-required", "day");
            }
            window = new CallbackWindow(day(body.day()), slot(body.slot()));
        }
        callbacks.recordAttempt(parsed, staff.agent(), outcome, window, body.note() == null ? "" : body.note());
        return CallbackJson.of(callbacks.of(parsed).orElseThrow(TicketNotFoundException::new));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw TicketApiErrors.badRequest("tickets.callback.day-invalid", "day");
        }
    }

    private static CallbackWindow.Slot slot(String text) {
        return Arrays.stream(CallbackWindow.Slot.values())
                .filter(value -> value.name().equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> TicketApiErrors.badRequest("tickets.callback.slot-required", "slot"));
    }
}
