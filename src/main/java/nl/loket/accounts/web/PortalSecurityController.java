package nl.loket.accounts.web;

import java.security.Principal;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The account holder's security page: one section per subject (two-factor authentication here;
 * active sessions and the password are added as sections of their own).
 */
@Controller
class PortalSecurityController {

    private final TwoFactorAuthentication twoFactor;

    PortalSecurityController(TwoFactorAuthentication twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/portal/security")
    String show(Principal principal, Model model) {
        model.addAttribute("twoFactorStatus", twoFactor.status(EmailAddress.of(principal.getName())));
        return "accounts/security";
    }
}
