package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Staff look customers up; what they see of each depends on their role (see CustomerDirectory). */
@Controller
@RequestMapping("/desk/customers")
class CustomerDeskController {

    private final Viewers viewers;
    private final CustomerDirectory directory;

    CustomerDeskController(Viewers viewers, CustomerDirectory directory) {
        this.viewers = viewers;
        this.directory = directory;
    }

    @GetMapping
    String search(
            @RequestParam(defaultValue = "") String q, Principal principal, HttpServletRequest request, Model model) {
        var viewer = viewers.of(principal, request);
        model.addAttribute("q", q.strip());
        model.addAttribute("results", directory.search(q, viewer));
        return "accounts/desk-customers";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Principal principal, HttpServletRequest request, Model model) {
        var viewer = viewers.of(principal, request);
        var customer = directory
                .view(new AccountId(id), viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("customer", customer);
        model.addAttribute("administrator", viewer.roles().contains(Role.ADMINISTRATOR));
        return "accounts/desk-customer";
    }
}
