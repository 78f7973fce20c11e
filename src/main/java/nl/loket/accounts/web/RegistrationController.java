package nl.loket.accounts.web;

import java.util.Locale;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.PasswordPolicy;
import nl.loket.accounts.PasswordRejectedException;
import nl.loket.accounts.Registration;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customers register, confirm their address by the mailed link, and ask for a new link. Every
 * answer reads the same whether or not the address already had an account.
 */
@Controller
class RegistrationController {

    private static final int MAX_NAME = 200;

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String showForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("name", "");
        return form(model);
    }

    @PostMapping("/register")
    String submit(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password,
            Locale locale,
            Model model) {
        model.addAttribute("email", email);
        model.addAttribute("name", name);
        if (!EmailAddress.isValid(email)) {
            model.addAttribute("emailError", "accounts.register.email-invalid");
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            model.addAttribute("nameError", "accounts.register.name-required");
        }
        if (model.containsAttribute("emailError") || model.containsAttribute("nameError")) {
            return form(model);
        }
        try {
            registration.register(
                    new Registration.RegisterCommand(EmailAddress.of(email), name, password, Language.of(locale)));
        } catch (PasswordRejectedException rejected) {
            model.addAttribute("passwordError", rejected.problem().messageKey());
            return form(model);
        }
        return Messages.show(model, "accounts.register.sent");
    }

    @GetMapping("/register/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        if (registration.confirm(token)) {
            return Messages.show(model, "accounts.register.confirmed");
        }
        model.addAttribute("resend", true);
        return Messages.show(model, "accounts.register.link-invalid");
    }

    @PostMapping("/register/resend")
    String resend(@RequestParam(defaultValue = "") String email, Model model) {
        if (EmailAddress.isValid(email)) {
            registration.resendConfirmation(EmailAddress.of(email));
        }
        return Messages.show(model, "accounts.register.resent");
    }

    private static String form(Model model) {
        model.addAttribute("minimumLength", AccountManagement.MINIMUM_PASSWORD_LENGTH);
        model.addAttribute("maximumLength", PasswordPolicy.MAXIMUM_PASSWORD_LENGTH);
        return "accounts/register";
    }
}
