package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.tickets.Channel;
import nl.loket.tickets.OpenTicketCommand;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketQueue;
import nl.loket.tickets.TicketSearch;
import nl.loket.tickets.attachments.Upload;
import nl.loket.tickets.web.TicketApiJson.NewTicket;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tickets over the API: open, list and read. A customer works with their own tickets and sees them
 * as on the portal (staff are the team, no internal notes); staff see queues and everything. A
 * ticket that is not the caller's answers 404, like one that does not exist.
 */
@RestController
@RequestMapping(value = "/api/v1/tickets", produces = "application/json")
@Tag(name = "Tickets", description = "Support tickets: customers their own, staff their queues")
@TicketApiProblems
class TicketApiController {

    private final ApiCaller.Resolver callers;
    private final TicketDesk desk;
    private final TicketQueue queue;
    private final TicketApiViews views;
    private final AccountManagement accounts;
    private final TicketSearch search;
    private final Clock clock;

    TicketApiController(
            ApiCaller.Resolver callers,
            TicketDesk desk,
            TicketQueue queue,
            TicketApiViews views,
            AccountManagement accounts,
            TicketSearch search,
            Clock clock) {
        this.search = search;
        this.clock = clock;
        this.callers = callers;
        this.desk = desk;
        this.queue = queue;
        this.views = views;
        this.accounts = accounts;
    }

    @PostMapping(consumes = "application/json")
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Open a ticket",
            description = "A customer opens their own; staff open one on behalf of an address (email and name"
                    + " required), which is linked to the customer's account when there is one. The answer is the"
                    + " ticket as the caller sees it (see GET /api/v1/tickets/{number}). Scope tickets:write.")
    @ApiResponse(responseCode = "201", description = "opened; Location is the ticket's address")
    @TicketApiProblems.InvalidInput
    ResponseEntity<Object> open(@Valid @RequestBody NewTicket body, Principal principal, Locale locale) {
        return open(body, List.of(), principal, locale);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresScope(ApiScope.TICKETS_WRITE)
    @Operation(
            summary = "Open a ticket with files",
            description = "As the JSON request, sent as multipart/form-data: the same fields as form fields, each file"
                    + " as a part named files. The attachment policy of the web forms applies (size, number, type); one"
                    + " refused file refuses the whole request (400, errors name each file). Scope tickets:write.")
    @ApiResponse(responseCode = "201", description = "opened; Location is the ticket's address")
    @TicketApiProblems.InvalidInput
    ResponseEntity<Object> openWithFiles(
            @Valid @ModelAttribute NewTicket body,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            Locale locale) {
        return open(body, files == null ? List.of() : Upload.fromForm(files), principal, locale);
    }

    private ResponseEntity<Object> open(NewTicket body, List<Upload> uploads, Principal principal, Locale locale) {
        if (desk.departments().stream().noneMatch(d -> d.code().equals(body.department()))) {
            throw TicketApiErrors.badRequest("tickets.api.unknown-department", "department");
        }
        var caller = callers.of(principal);
        var command =
                switch (caller) {
                    case ApiCaller.Customer customer ->
                        new OpenTicketCommand(
                                body.department(),
                                body.subject(),
                                body.text(),
                                customer.account().email(),
                                customer.account().name(),
                                Language.of(locale),
                                customer.account().id(),
                                Channel.API);
                    case ApiCaller.Staff staff -> onBehalf(body, locale);
                };
        var number = desk.open(command, uploads).number();
        var location = UriComponentsBuilder.fromPath("/api/v1/tickets/{number}").build(number.value());
        return ResponseEntity.created(location).body(views.of(caller, number.value()));
    }

    private OpenTicketCommand onBehalf(NewTicket body, Locale locale) {
        if (body.email() == null || !EmailAddress.isValid(body.email())) {
            throw TicketApiErrors.badRequest("tickets.api.email-required", "email");
        }
        if (body.name() == null || body.name().isBlank()) {
            throw TicketApiErrors.badRequest("tickets.api.name-required", "name");
        }
        var email = EmailAddress.of(body.email());
        var customer = accounts.find(email)
                .filter(account -> accounts.rolesOf(email).contains(Role.CUSTOMER))
                .map(AccountSummary::id)
                .orElse(null);
        return new OpenTicketCommand(
                body.department(),
                body.subject(),
                body.text(),
                email,
                body.name(),
                Language.of(locale),
                customer,
                Channel.API);
    }

    @GetMapping
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "List tickets",
            description = "A customer gets their own tickets (the query parameters do not apply). Staff get one page"
                    + " of a queue, with the filters and sorting of the desk (including the service level's due time:"
                    + " sort=due, due=at-risk or breached); the answer's next is the cursor for the following page."
                    + " A value a filter does not know is refused (400). Scope tickets:read.")
    @ApiResponse(
            responseCode = "200",
            description = "for customers a CustomerList, for staff a Queue, or SearchResults when q is given",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            oneOf = {
                                                TicketApiJson.CustomerList.class,
                                                TicketApiJson.Queue.class,
                                                TicketApiJson.SearchResults.class
                                            })))
    @TicketApiProblems.InvalidInput
    Object list(
            @RequestParam(defaultValue = "") @Parameter(description = "department code; empty for all")
                    String department,
            @RequestParam(defaultValue = "active") @Parameter(description = "active, all, or " + TicketApiJson.STATUSES)
                    String status,
            @RequestParam(defaultValue = "") @Parameter(description = "LOW, NORMAL, HIGH or URGENT; empty for any")
                    String priority,
            @RequestParam(defaultValue = "all") @Parameter(description = "all, mine or unassigned") String who,
            @RequestParam(defaultValue = "age")
                    @Parameter(
                            description = "age (oldest first), updated (last changed first), priority (most urgent"
                                    + " first, then oldest) or due (earliest due time first; tickets without a running"
                                    + " service level clock after all others)")
                    String sort,
            @RequestParam(defaultValue = "all")
                    @Parameter(
                            description = "all; at-risk: past the warning time of a running service level clock"
                                    + " (overdue ones included); breached: past its due time")
                    String due,
            @RequestParam(defaultValue = "") @Parameter(description = "the previous page's next") String after,
            @RequestParam(defaultValue = "")
                    @Parameter(
                            description = "staff: search words (number, subject, messages, customer name or address);"
                                    + " the queue filters then do not apply")
                    String q,
            @RequestParam(defaultValue = "1") @Parameter(description = "staff: the page of search results, from 1")
                    String page,
            Principal principal) {
        return switch (callers.of(principal)) {
            case ApiCaller.Customer customer ->
                new TicketApiJson.CustomerList(
                        desk.ofCustomer(customer.account().id()).stream()
                                .map(TicketApiJson.CustomerListItem::of)
                                .toList());
            case ApiCaller.Staff staff -> {
                if (!q.isBlank()) {
                    yield TicketApiJson.SearchResults.of(
                            search.search(q, DeskSearchController.pageNumber(page), staff.agent()));
                }
                var filter = QueueFilter.of(department, status, priority, who, sort, due, desk.departments());
                if (!filter.equals(new QueueFilter(department, status, priority, who, sort, due))) {
                    throw TicketApiErrors.badRequest("tickets.api.unknown-filter", null);
                }
                yield views.queue(queue.page(filter.toQuery(after), staff.agent()), clock.instant());
            }
        };
    }

    @GetMapping("/{number}")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Read a ticket",
            description = "A customer gets the customer's view: staff appear as the team, internal notes are left"
                    + " out. Staff get everything: internal notes, real authors, the history. Scope tickets:read.")
    @ApiResponse(
            responseCode = "200",
            description = "for customers a CustomerTicket, for staff an AgentTicket",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            oneOf = {TicketApiJson.CustomerTicket.class, TicketApiJson.AgentTicket.class
                                            })))
    Object read(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number, Principal principal) {
        return views.of(callers.of(principal), number);
    }
}
