package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import nl.loket.accounts.Role;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators choose the staff roles that must sign in with two-factor authentication. */
@Controller
@RequestMapping("/admin/security")
class AdminSecurityController {

    private final TwoFactorAuthentication twoFactor;

    AdminSecurityController(TwoFactorAuthentication twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String showForm(Model model) {
        model.addAttribute("staffRoles", List.copyOf(TwoFactorAuthentication.STAFF_ROLES));
        model.addAttribute("requiredRoles", twoFactor.requiredRoles());
        return "accounts/admin-security";
    }

    @PostMapping
    String submit(
            @RequestParam(name = "roles", required = false) List<String> roles,
            Principal principal,
            HttpServletRequest request) {
        var chosen = EnumSet.noneOf(Role.class);
        for (var name : roles == null ? List.<String>of() : roles) {
            var role = TwoFactorAuthentication.STAFF_ROLES.stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown staff role"));
            chosen.add(role);
        }
        twoFactor.requireFor(chosen, EmailAddress.of(principal.getName()), request.getRemoteAddr());
        return "redirect:/admin/security?saved";
    }
}
