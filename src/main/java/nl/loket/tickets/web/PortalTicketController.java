package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceClock;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in customer's own tickets in the portal; someone else's ticket answers 404. */
@Controller
@RequestMapping("/portal/tickets")
class PortalTicketController {

    private final TicketDesk desk;
    private final CustomerTicketPages pages;
    private final SignedIn signedIn;
    private final CustomerServiceLevels levels;

    PortalTicketController(
            TicketDesk desk, CustomerTicketPages pages, SignedIn signedIn, CustomerServiceLevels levels) {
        this.desk = desk;
        this.pages = pages;
        this.signedIn = signedIn;
        this.levels = levels;
    }

    /** The customer's questions, and the service level new ones get (what it promises, in words). */
    @GetMapping
    String list(Principal principal, Model model) {
        var customer = signedIn.requireAccount(principal).id();
        model.addAttribute("tickets", desk.ofCustomer(customer));
        var level = levels.of(customer);
        model.addAttribute("level", level == null ? null : level.level());
        model.addAttribute("clocks", ServiceClock.values());
        return "tickets/portal-list";
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Principal principal, Model model) {
        return pages.show(number, access(principal), base(number), null, model);
    }

    @PostMapping("/{number}/reply")
    String reply(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return pages.reply(
                number,
                access(principal),
                base(number),
                null,
                text,
                files == null ? List.of() : files,
                response,
                model,
                redirect);
    }

    @GetMapping("/{number}/attachments/{id:\\d{1,18}}")
    ResponseEntity<Resource> attachment(@PathVariable String number, @PathVariable long id, Principal principal) {
        return pages.download(number, access(principal), id);
    }

    @PostMapping("/{number}/close")
    String close(@PathVariable String number, Principal principal, Model model, RedirectAttributes redirect) {
        return pages.close(number, access(principal), base(number), null, false, model, redirect);
    }

    private TicketAccess access(Principal principal) {
        return new TicketAccess.Account(signedIn.requireAccount(principal).id());
    }

    private static String base(String number) {
        return "/portal/tickets/" + number;
    }
}
