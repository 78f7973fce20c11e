package nl.loket.tickets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.accounts.AccountSummary;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.ServiceLevelProblem;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * A customer's service level at the desk: everyone at the desk sees it, billing and administrators
 * change it (for the customer's new tickets; open ones keep theirs).
 */
@Controller
@RequestMapping("/desk/customers/{id}/service-level")
class DeskCustomerServiceLevelController {

    static final String PAGE = "tickets/desk/customer-service-level";

    private final CustomerLevelDesk customers;
    private final CustomerServiceLevels customerLevels;
    private final ServiceLevels levels;
    private final SignedIn signedIn;

    DeskCustomerServiceLevelController(
            CustomerLevelDesk customers,
            CustomerServiceLevels customerLevels,
            ServiceLevels levels,
            SignedIn signedIn) {
        this.customers = customers;
        this.customerLevels = customerLevels;
        this.levels = levels;
        this.signedIn = signedIn;
    }

    @GetMapping
    String show(@PathVariable long id, Principal principal, Model model) {
        signedIn.agent(principal);
        var customer = customer(id);
        model.addAttribute("customer", customer);
        model.addAttribute("current", customers.of(id));
        model.addAttribute("levels", levels.all());
        model.addAttribute("mayChange", customers.mayChange(principal));
        return PAGE;
    }

    @PostMapping
    String choose(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String level,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var agent = signedIn.agent(principal);
        if (!customers.mayChange(principal)) {
            throw new AccessDeniedException("Only billing and administrators change a customer's service level");
        }
        var customer = customer(id);
        try {
            customerLevels.choose(customer.id(), Long.parseLong(level.strip()), agent.id());
        } catch (NumberFormatException | ServiceLevelProblem refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("levelError", "tickets.rule.unknown-service-level");
            return show(id, principal, model);
        }
        redirect.addFlashAttribute("notice", "tickets.desk.customer-sla.saved");
        return "redirect:/desk/customers/" + id + "/service-level";
    }

    private AccountSummary customer(long id) {
        return customers.customer(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
