package nl.loket.accounts.web;

import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.PasswordPolicy;
import nl.loket.accounts.PasswordRejectedException;
import nl.loket.accounts.StaffAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A new colleague follows the invitation link and chooses a password. */
@Controller
class InvitationController {

    private final StaffAdministration staff;

    InvitationController(StaffAdministration staff) {
        this.staff = staff;
    }

    @GetMapping("/invitation")
    String showForm(@RequestParam(defaultValue = "") String token, Model model) {
        var invitation = staff.invitation(token);
        if (invitation.isEmpty()) {
            return Messages.show(model, "accounts.invitation.link-invalid");
        }
        model.addAttribute("invitee", invitation.get());
        return form(model, token);
    }

    @PostMapping("/invitation")
    String accept(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        var invitation = staff.invitation(token);
        if (invitation.isEmpty()) {
            return Messages.show(model, "accounts.invitation.link-invalid");
        }
        try {
            if (!staff.acceptInvitation(token, password)) {
                return Messages.show(model, "accounts.invitation.link-invalid");
            }
        } catch (PasswordRejectedException rejected) {
            model.addAttribute("invitee", invitation.get());
            model.addAttribute("passwordError", rejected.problem().messageKey());
            return form(model, token);
        }
        return Messages.show(model, "accounts.invitation.done");
    }

    private static String form(Model model, String token) {
        model.addAttribute("token", token);
        model.addAttribute("minimumLength", AccountManagement.MINIMUM_PASSWORD_LENGTH);
        model.addAttribute("maximumLength", PasswordPolicy.MAXIMUM_PASSWORD_LENGTH);
        return "accounts/invitation";
    }
}
