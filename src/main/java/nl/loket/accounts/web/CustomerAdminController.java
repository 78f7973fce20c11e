package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.EraseCustomer;
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

/** Administrators erase a customer on request, after ticking that they understand it is final. */
@Controller
@RequestMapping("/admin/customers/{id}")
class CustomerAdminController {

    private static final String PAGE = "accounts/admin-customer";

    private final Viewers viewers;
    private final CustomerDirectory directory;
    private final EraseCustomer erase;

    CustomerAdminController(Viewers viewers, CustomerDirectory directory, EraseCustomer erase) {
        this.viewers = viewers;
        this.directory = directory;
        this.erase = erase;
    }

    @GetMapping
    String show(@PathVariable long id, Principal principal, HttpServletRequest request, Model model) {
        var viewer = viewers.of(principal, request);
        var customer = directory
                .view(new AccountId(id), viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("customer", customer);
        return PAGE;
    }

    @PostMapping("/erase")
    String erase(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var viewer = viewers.of(principal, request);
        var customerId = new AccountId(id);
        if (!confirmed) {
            model.addAttribute("problem", "accounts.admin-customer.confirm-required");
            return refused(customerId, viewer, response, model, HttpStatus.BAD_REQUEST);
        }
        var outcome = erase.erase(customerId, viewer.account(), viewer.ip());
        return switch (outcome) {
            case ERASED -> {
                redirect.addFlashAttribute("notice", "accounts.admin-customer.erased");
                yield "redirect:/admin/customers/" + id;
            }
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ALREADY_ERASED -> {
                redirect.addFlashAttribute("notice", "accounts.admin-customer.already-erased");
                yield "redirect:/admin/customers/" + id;
            }
            case REFUSED_STAFF -> {
                model.addAttribute("problem", "accounts.admin-customer.refused-staff");
                yield refused(customerId, viewer, response, model, HttpStatus.CONFLICT);
            }
            case REFUSED_SELF -> {
                model.addAttribute("problem", "accounts.admin-customer.refused-self");
                yield refused(customerId, viewer, response, model, HttpStatus.CONFLICT);
            }
            case REFUSED_NOT_ADMINISTRATOR -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    /** Shows the refusal; on the customer's page when it is a customer, else on its own. */
    private String refused(
            AccountId id,
            nl.loket.accounts.Viewer viewer,
            HttpServletResponse response,
            Model model,
            HttpStatus status) {
        response.setStatus(status.value());
        directory.view(id, viewer).ifPresent(customer -> model.addAttribute("customer", customer));
        return PAGE;
    }
}
