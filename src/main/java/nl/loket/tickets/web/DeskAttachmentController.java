package nl.loket.tickets.web;

import java.security.Principal;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.attachments.AttachmentDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Any file of a ticket for staff at the desk: the customer's, a reply's or an internal note's, always
 * as a download. Another ticket's file or an unknown id answers 404.
 */
@Controller
class DeskAttachmentController {

    private final AgentDesk desk;
    private final SignedIn signedIn;
    private final AttachmentDownloads downloads;

    DeskAttachmentController(AgentDesk desk, SignedIn signedIn, AttachmentDownloads downloads) {
        this.desk = desk;
        this.signedIn = signedIn;
        this.downloads = downloads;
    }

    @GetMapping("/desk/tickets/{number}/attachments/{id:\\d{1,18}}")
    ResponseEntity<Resource> attachment(@PathVariable String number, @PathVariable long id, Principal principal) {
        return desk.attachment(DeskTicketController.parse(number), signedIn.agent(principal), id)
                .map(downloads::download)
                .orElseThrow(TicketNotFoundException::new);
    }
}
