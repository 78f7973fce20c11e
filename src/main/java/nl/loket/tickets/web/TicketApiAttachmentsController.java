package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.attachments.AttachmentDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file of a ticket over the API, checked like the ticket itself: a customer gets the files of
 * their own ticket that they can see (never an internal note's), staff any file of the ticket. Always
 * served as a download, as on the pages.
 */
@RestController
@Tag(name = "Tickets")
@TicketApiProblems
class TicketApiAttachmentsController {

    private final ApiCaller.Resolver callers;
    private final TicketDesk desk;
    private final AgentDesk agentDesk;
    private final AttachmentDownloads downloads;

    TicketApiAttachmentsController(
            ApiCaller.Resolver callers, TicketDesk desk, AgentDesk agentDesk, AttachmentDownloads downloads) {
        this.callers = callers;
        this.desk = desk;
        this.agentDesk = agentDesk;
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/tickets/{number}/attachments/{id:\\d{1,18}}")
    @RequiresScope(ApiScope.TICKETS_READ)
    @Operation(
            summary = "Download a file",
            description = "A file of a message, as the read response lists it under files (url). Served with"
                    + " Content-Disposition: attachment, the type Loket determined and X-Content-Type-Options: nosniff."
                    + " Scope tickets:read.")
    @ApiResponse(
            responseCode = "200",
            description = "the file",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> download(
            @PathVariable @Parameter(description = "the ticket number, 1234-5678") String number,
            @PathVariable @Parameter(description = "the file's id") long id,
            Principal principal) {
        var parsed = TicketApiViews.parse(number);
        var file =
                switch (callers.of(principal)) {
                    case ApiCaller.Customer customer -> desk.attachment(parsed, customer.access(), id);
                    case ApiCaller.Staff staff -> agentDesk.attachment(parsed, staff.agent(), id);
                };
        return file.map(downloads::download).orElseThrow(TicketNotFoundException::new);
    }
}
