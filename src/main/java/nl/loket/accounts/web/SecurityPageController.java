package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.PasswordPolicy;
import nl.loket.accounts.PasswordRejectedException;
import nl.loket.accounts.Passwords;
import nl.loket.accounts.Sessions;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in holder's security page: two-factor authentication (its own pages do the work),
 * their active sessions with "sign out everywhere else", and changing the password (which needs
 * the current one and ends the other sessions too).
 */
@Controller
class SecurityPageController {

    private final Sessions sessions;
    private final Passwords passwords;
    private final TwoFactorAuthentication twoFactor;

    SecurityPageController(Sessions sessions, Passwords passwords, TwoFactorAuthentication twoFactor) {
        this.sessions = sessions;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
    }

    @GetMapping("/portal/security")
    String show(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("twoFactorStatus", twoFactor.status(EmailAddress.of(principal.getName())));
        var current = request.getSession(false);
        model.addAttribute("sessions", sessions.of(principal.getName(), current == null ? null : current.getId()));
        model.addAttribute("minimumLength", AccountManagement.MINIMUM_PASSWORD_LENGTH);
        model.addAttribute("maximumLength", PasswordPolicy.MAXIMUM_PASSWORD_LENGTH);
        return "accounts/security";
    }

    @PostMapping("/portal/security/sign-out-others")
    String signOutEverywhereElse(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        var ended = passwords.signOutEverywhereElse(
                EmailAddress.of(principal.getName()), request.getSession().getId());
        redirect.addFlashAttribute("ended", ended);
        return "redirect:/portal/security";
    }

    @PostMapping("/portal/security/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            var result = passwords.change(
                    EmailAddress.of(principal.getName()),
                    currentPassword,
                    newPassword,
                    request.getSession().getId());
            if (result == Passwords.ChangeResult.WRONG_CURRENT_PASSWORD) {
                model.addAttribute("currentPasswordError", "accounts.security.current-password-wrong");
                return show(principal, request, model);
            }
        } catch (PasswordRejectedException rejected) {
            model.addAttribute("passwordError", rejected.problem().messageKey());
            return show(principal, request, model);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/portal/security";
    }
}
