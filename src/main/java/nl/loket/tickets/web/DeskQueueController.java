package nl.loket.tickets.web;

import java.security.Principal;
import java.time.Clock;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketPriority;
import nl.loket.tickets.TicketQueue;
import nl.loket.tickets.TicketStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' desk: the queue per department with filters and sorting, one page at a time (the
 * "next" link continues after the last ticket shown; nothing is counted).
 */
@Controller
class DeskQueueController {

    private final TicketQueue queue;
    private final TicketDesk desk;
    private final SignedIn signedIn;
    private final StaffNames staffNames;
    private final Clock clock;

    DeskQueueController(TicketQueue queue, TicketDesk desk, SignedIn signedIn, StaffNames staffNames, Clock clock) {
        this.queue = queue;
        this.desk = desk;
        this.signedIn = signedIn;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    @GetMapping("/desk")
    String queue(
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "") String priority,
            @RequestParam(defaultValue = "all") String who,
            @RequestParam(defaultValue = "age") String sort,
            @RequestParam(defaultValue = "all") String due,
            @RequestParam(defaultValue = "") String after,
            Principal principal,
            Model model) {
        var agent = signedIn.agent(principal);
        var departments = desk.departments();
        var filter = QueueFilter.of(department, status, priority, who, sort, due, departments);
        var page = queue.page(filter.toQuery(after), agent);
        model.addAttribute("filter", filter);
        model.addAttribute("departments", departments);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("whoOptions", QueueFilter.WHO);
        model.addAttribute("sortOptions", QueueFilter.SORTS);
        model.addAttribute("dueOptions", QueueFilter.DUE);
        model.addAttribute("now", clock.instant());
        model.addAttribute("page", page);
        model.addAttribute("nextLink", page.next() == null ? null : filter.link(page.next()));
        model.addAttribute("firstLink", after.isBlank() ? null : filter.link(null));
        model.addAttribute("staffNames", staffNames.byId());
        return "tickets/desk/queue";
    }
}
