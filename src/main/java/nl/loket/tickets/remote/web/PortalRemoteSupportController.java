package nl.loket.tickets.remote.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.tickets.Channel;
import nl.loket.tickets.remote.BookRemoteSupport;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.RemoteSupportProblem;
import nl.loket.tickets.remote.SlotView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer books remote support: the free slots, the confirmation step of one (slot, price, the
 * cancellation rule and the problem), and cancelling a booking. A refused booking keeps what the
 * customer wrote and says why.
 */
@Controller
@RequestMapping("/portal/remote-support")
class PortalRemoteSupportController {

    private static final String LIST = "tickets/remote/portal";
    private static final String CONFIRM = "tickets/remote/confirm";
    private static final String HOME = "redirect:/portal/remote-support";

    private final RemoteSupport remoteSupport;
    private final Customers customers;

    PortalRemoteSupportController(RemoteSupport remoteSupport, Customers customers) {
        this.remoteSupport = remoteSupport;
        this.customers = customers;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        var customer = customers.require(principal);
        model.addAttribute("slots", remoteSupport.freeSlots());
        model.addAttribute("bookings", remoteSupport.bookingsOf(customer.id()));
        return LIST;
    }

    @GetMapping("/slots/{id}")
    String showForm(@PathVariable long id, Principal principal, Model model) {
        customers.require(principal);
        return confirm(slot(id), "", model);
    }

    @PostMapping("/slots/{id}")
    String submit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String description,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var customer = customers.require(principal);
        var slot = slot(id);
        if (description.length() > RemoteSupport.MAX_DESCRIPTION) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "tickets.new.too-long");
            return confirm(slot, description, model);
        }
        try {
            var booking = remoteSupport.book(new BookRemoteSupport(id, customer, description, Channel.WEB));
            redirect.addFlashAttribute("notice", "tickets.remote.booked");
            redirect.addFlashAttribute("bookedTicket", booking.ticket().value());
            return HOME;
        } catch (RemoteSupportProblem problem) {
            response.setStatus(
                    problem.kind() == RemoteSupportProblem.Kind.DESCRIPTION_MISSING
                            ? HttpStatus.BAD_REQUEST.value()
                            : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", problem.messageKey());
            return confirm(remoteSupport.bookableSlot(id).orElse(slot), description, model);
        }
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var customer = customers.require(principal);
        try {
            remoteSupport.cancel(customer.id(), id);
            redirect.addFlashAttribute("notice", "tickets.remote.cancelled");
        } catch (RemoteSupportProblem problem) {
            if (problem.kind() == RemoteSupportProblem.Kind.BOOKING_NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return HOME;
    }

    private String confirm(SlotView slot, String description, Model model) {
        model.addAttribute("slot", slot);
        model.addAttribute("appointment", remoteSupport.appointmentOf(slot));
        model.addAttribute("description", description);
        return CONFIRM;
    }

    private SlotView slot(long id) {
        return remoteSupport.bookableSlot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
