package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketRuleException;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceLevelProblem;
import nl.loket.tickets.web.TicketApiJson.CustomerServiceLevelChange;
import nl.loket.tickets.web.TicketApiJson.CustomerServiceLevelJson;
import nl.loket.tickets.web.TicketApiJson.ServiceLevelChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service levels over the API, for staff: give a ticket another level with a reason (the history
 * keeps it, customers never see it), and read a customer's level; billing and administrators also
 * change it. Customers get 403: their ticket JSON carries no level either.
 */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
@Tag(name = "Service levels", description = "Tickets' and customers' service levels (staff only)")
@TicketApiProblems
class ServiceLevelApiController {

    private final ApiCaller.Resolver callers;
    private final AgentDesk agentDesk;
    private final TicketApiViews views;
    private final CustomerLevelDesk customers;
    private final CustomerServiceLevels customerLevels;

    ServiceLevelApiController(
            ApiCaller.Resolver callers,
            AgentDesk agentDesk,
            TicketApiViews views,
            CustomerLevelDesk customers,
            CustomerServiceLevels customerLevels) {
        this.callers = callers;
        this.agentDesk = agentDesk;
        this.views = views;
        this.customers = customers;
        this.customerLevels = customerLevels;
    }

    @PostMapping(value = "/tickets/{number}/service-level", consumes = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @TicketApiProblems.InvalidInput
    @Operation(
            summary = "Give a ticket another service level",
            description = "Staff only. The reason is required and kept in the history (change SERVICE_LEVEL, with"
                    + " the old and new names); the customer never sees either. The clocks are measured against the"
                    + " new level's targets from the opening on. Choosing the level the ticket has changes nothing."
                    + " Scope tickets:write.")
    @ApiResponse(
            responseCode = "200",
            description = "the ticket afterwards (AgentTicket), with its serviceLevel",
            content = @Content(schema = @Schema(implementation = TicketApiJson.AgentTicket.class)))
    Object changeTicketLevel(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @Valid @RequestBody ServiceLevelChange body,
            Principal principal) {
        var staff = staff(principal);
        var parsed = TicketApiViews.parse(number);
        try {
            agentDesk.changeServiceLevel(parsed, staff.agent(), body.levelId(), body.reason());
        } catch (TicketRuleException refused) {
            throw refused.messageKey().equals("tickets.rule.unknown-service-level")
                    ? TicketApiErrors.badRequest("tickets.api.service-level.unknown", "levelId")
                    : TicketApiErrors.badRequest("tickets.api.service-level.reason", "reason");
        }
        return views.of(staff, number);
    }

    @GetMapping("/customers/{id}/service-level")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "A customer's service level",
            description = "The level the customer's new tickets get; chosen is false while the default applies."
                    + " Staff who work with customers. Scope tickets:read.")
    @ApiResponse(responseCode = "200", description = "the customer's level")
    CustomerServiceLevelJson customerLevel(
            @PathVariable @Parameter(description = "the customer's account id") long id, Principal principal) {
        staff(principal);
        return json(id);
    }

    @PutMapping(value = "/customers/{id}/service-level", consumes = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @TicketApiProblems.InvalidInput
    @Operation(
            summary = "Give a customer another service level",
            description = "Billing and administrators only (others get 403). The customer's new tickets get it; open"
                    + " tickets keep theirs (change those one by one, with a reason). Scope tickets:write.")
    @ApiResponse(responseCode = "200", description = "the customer's level afterwards")
    CustomerServiceLevelJson chooseCustomerLevel(
            @PathVariable @Parameter(description = "the customer's account id") long id,
            @Valid @RequestBody CustomerServiceLevelChange body,
            Principal principal) {
        var staff = staff(principal);
        if (!customers.mayChange(principal)) {
            throw TicketApiErrors.forbidden("tickets.api.service-level.billing-only");
        }
        var customer = customer(id);
        try {
            customerLevels.choose(customer, body.levelId(), staff.agent().id());
        } catch (ServiceLevelProblem unknown) {
            throw TicketApiErrors.badRequest("tickets.api.service-level.unknown", "levelId");
        }
        return json(id);
    }

    private CustomerServiceLevelJson json(long id) {
        var customer = customer(id);
        var level = customerLevels.of(customer);
        if (level == null) {
            throw new TicketApiErrors.Refused(HttpStatus.NOT_FOUND, "tickets.api.service-level.unknown", null);
        }
        return new CustomerServiceLevelJson(
                id, level.level().id(), level.level().name(), level.level().guaranteed(), level.chosen());
    }

    private AccountId customer(long id) {
        return customers
                .customer(id)
                .map(account -> account.id())
                .orElseThrow(() ->
                        new TicketApiErrors.Refused(HttpStatus.NOT_FOUND, "tickets.api.customer-not-found", null));
    }

    private ApiCaller.Staff staff(Principal principal) {
        if (callers.of(principal) instanceof ApiCaller.Staff staff) {
            return staff;
        }
        throw TicketApiErrors.forbidden("tickets.api.service-level.staff-only");
    }
}
