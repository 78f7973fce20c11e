package nl.loket.accounts.web;

import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.PasswordPolicy;
import nl.loket.accounts.PasswordRejectedException;
import nl.loket.accounts.Passwords;
import nl.loket.shared.EmailAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: asking for a link (same answer for every address) and setting a new
 * password with it. The link is only used by the POST, so mail scanners that open links do not use
 * it up.
 */
@Controller
class PasswordController {

    private final Passwords passwords;

    PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String showForgotForm() {
        return "accounts/password-forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(@RequestParam(defaultValue = "") String email, Model model) {
        if (!EmailAddress.isValid(email)) {
            model.addAttribute("email", email);
            model.addAttribute("emailError", "accounts.register.email-invalid");
            return "accounts/password-forgot";
        }
        passwords.requestReset(EmailAddress.of(email));
        return Messages.show(model, "accounts.password-forgot.sent");
    }

    @GetMapping("/password/reset")
    String showResetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!passwords.resetLinkIsValid(token)) {
            return Messages.show(model, "accounts.password-reset.link-invalid");
        }
        return resetForm(model, token);
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        try {
            return switch (passwords.reset(token, password)) {
                case DONE -> Messages.show(model, "accounts.password-reset.done");
                case INVALID_LINK -> Messages.show(model, "accounts.password-reset.link-invalid");
            };
        } catch (PasswordRejectedException rejected) {
            model.addAttribute("passwordError", rejected.problem().messageKey());
            return resetForm(model, token);
        }
    }

    private static String resetForm(Model model, String token) {
        model.addAttribute("token", token);
        model.addAttribute("minimumLength", AccountManagement.MINIMUM_PASSWORD_LENGTH);
        model.addAttribute("maximumLength", PasswordPolicy.MAXIMUM_PASSWORD_LENGTH);
        return "accounts/password-reset";
    }
}
