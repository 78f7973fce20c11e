package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.Channel;
import nl.loket.tickets.SeenUpTo;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.attachments.Upload;
import nl.loket.tickets.web.TicketApiJson.NewMessage;
import nl.loket.tickets.web.TicketApiJson.StatusChange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What callers do to one ticket over the API: write a message (staff also an internal note) and
 * change its status (a customer only closes their own). Each answers with the ticket as the caller
 * sees it afterwards.
 */
@RestController
@RequestMapping(value = "/api/v1/tickets/{number}", produces = "application/json")
@Tag(name = "Tickets")
@RequiresScope(ApiScope.TICKETS_WRITE)
@ApiResponse(
        responseCode = "200",
        description = "the ticket afterwards, as the caller sees it (CustomerTicket or AgentTicket)",
        content =
                @Content(
                        schema =
                                @Schema(oneOf = {TicketApiJson.CustomerTicket.class, TicketApiJson.AgentTicket.class})))
@TicketApiProblems
@ApiResponse(
        responseCode = "409",
        description = "the ticket's rules refuse it (a closed ticket, a status that cannot follow), or a reply with"
                + " lastSeenMessageId was held back because newer messages came in (unreadMessageIds); detail says why",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class TicketApiActionsController {

    private final ApiCaller.Resolver callers;
    private final TicketDesk desk;
    private final AgentDesk agentDesk;
    private final TicketApiViews views;

    TicketApiActionsController(ApiCaller.Resolver callers, TicketDesk desk, AgentDesk agentDesk, TicketApiViews views) {
        this.callers = callers;
        this.desk = desk;
        this.agentDesk = agentDesk;
        this.views = views;
    }

    @PostMapping(value = "/messages", consumes = "application/json")
    @Operation(
            summary = "Write a message",
            description = "A customer answers their own ticket (a resolved or waiting one comes back to the agents)."
                    + " Staff answer as the team, and may choose the status afterwards (default WAITING_FOR_CUSTOMER),"
                    + " or write an internal note with internal: true. A staff reply with lastSeenMessageId is held"
                    + " back (409) when messages by others came in after that one. The message's channel is API."
                    + " Scope tickets:write.")
    Object message(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @Valid @RequestBody NewMessage body,
            Principal principal) {
        return write(number, body, List.of(), principal);
    }

    @PostMapping(value = "/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Write a message with files",
            description = "As the JSON request, sent as multipart/form-data: the fields text, internal and status as"
                    + " form fields, each file as a part named files. The attachment policy of the web forms applies"
                    + " (size, number, type); one refused file refuses the whole message (400, errors name each file)."
                    + " A note's files are for staff only. Scope tickets:write.")
    Object messageWithFiles(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @Valid @ModelAttribute NewMessage body,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal) {
        return write(number, body, files == null ? List.of() : Upload.fromForm(files), principal);
    }

    private Object write(String number, NewMessage body, List<Upload> uploads, Principal principal) {
        var caller = callers.of(principal);
        var parsed = TicketApiViews.parse(number);
        switch (caller) {
            case ApiCaller.Customer customer -> {
                if (body.isNote() || body.status() != null || body.lastSeenMessageId() != null) {
                    throw TicketApiErrors.forbidden("tickets.api.staff-only");
                }
                desk.reply(parsed, customer.access(), Channel.API, body.text(), uploads);
            }
            case ApiCaller.Staff staff -> {
                if (body.isNote()) {
                    agentDesk.note(parsed, staff.agent(), Channel.API, body.text(), uploads);
                } else if (body.lastSeenMessageId() == null) {
                    agentDesk.reply(parsed, staff.agent(), Channel.API, body.text(), replyStatus(body), uploads);
                } else {
                    agentDesk.reply(
                            parsed,
                            staff.agent(),
                            Channel.API,
                            body.text(),
                            replyStatus(body),
                            uploads,
                            new SeenUpTo(body.lastSeenMessageId()));
                }
            }
        }
        return views.of(caller, number);
    }

    @RequestMapping(
            value = "/status",
            method = {RequestMethod.POST, RequestMethod.PATCH},
            consumes = "application/json")
    @Operation(
            summary = "Change the status",
            description = "A customer may only close their own ticket (CLOSED; closing a closed one changes nothing)."
                    + " Staff choose any status the ticket's rules allow; a refused one answers 409 with the reason."
                    + " Scope tickets:write.")
    Object status(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @Valid @RequestBody StatusChange body,
            Principal principal) {
        var caller = callers.of(principal);
        var parsed = TicketApiViews.parse(number);
        var to = status(body.status());
        switch (caller) {
            case ApiCaller.Customer customer -> {
                if (desk.find(parsed, customer.access()).isEmpty()) {
                    throw new TicketNotFoundException();
                }
                if (to != TicketStatus.CLOSED) {
                    throw TicketApiErrors.forbidden("tickets.api.customer-closes-only");
                }
                desk.close(parsed, customer.access());
            }
            case ApiCaller.Staff staff -> agentDesk.changeStatus(parsed, staff.agent(), to);
        }
        return views.of(caller, number);
    }

    private static TicketStatus replyStatus(NewMessage body) {
        return body.status() == null ? TicketStatus.WAITING_FOR_CUSTOMER : status(body.status());
    }

    private static TicketStatus status(@Nullable String value) {
        return Optional.ofNullable(value)
                .flatMap(name -> Arrays.stream(TicketStatus.values())
                        .filter(status -> status.name().equals(name))
                        .findFirst())
                .orElseThrow(() -> TicketApiErrors.badRequest("tickets.api.unknown-status", "status"));
    }
}
