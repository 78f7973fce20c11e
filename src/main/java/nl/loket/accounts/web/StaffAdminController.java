package nl.loket.accounts.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Passwords;
import nl.loket.accounts.Role;
import nl.loket.accounts.StaffAdministration;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list staff, invite colleagues, change roles, disable accounts and force resets. */
@Controller
class StaffAdminController {

    private final StaffAdministration staff;
    private final AccountManagement accounts;
    private final Passwords passwords;

    StaffAdminController(StaffAdministration staff, AccountManagement accounts, Passwords passwords) {
        this.staff = staff;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        model.addAttribute("staff", staff.staff());
        return "accounts/admin/staff";
    }

    @GetMapping("/admin/staff/new")
    String showInviteForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("name", "");
        model.addAttribute("chosenRoles", Set.of());
        model.addAttribute("chosenLanguage", "nl");
        return inviteForm(model);
    }

    @PostMapping("/admin/staff/new")
    String invite(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "roles", required = false) List<String> roleNames,
            @RequestParam(defaultValue = "nl") String language,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        var roles = roles(roleNames);
        model.addAttribute("email", email);
        model.addAttribute("name", name);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("chosenLanguage", Language.fromCode(language).code());
        if (!EmailAddress.isValid(email)) {
            model.addAttribute("emailError", "accounts.register.email-invalid");
        }
        if (name.isBlank() || name.length() > 200) {
            model.addAttribute("nameError", "accounts.register.name-required");
        }
        if (roles.isEmpty()) {
            model.addAttribute("rolesError", "accounts.admin.staff.roles-required");
        }
        if (model.containsAttribute("emailError")
                || model.containsAttribute("nameError")
                || model.containsAttribute("rolesError")) {
            return inviteForm(model);
        }
        try {
            staff.invite(
                    new StaffAdministration.InviteCommand(
                            EmailAddress.of(email), name, roles, Language.fromCode(language)),
                    actor(principal));
        } catch (StaffAdministration.AddressTakenException taken) {
            model.addAttribute("emailError", "accounts.admin.staff.address-taken");
            return inviteForm(model);
        }
        redirect.addFlashAttribute("notice", "accounts.admin.staff.invited");
        return "redirect:/admin/staff";
    }

    @GetMapping("/admin/staff/{id}")
    String show(@PathVariable long id, Model model) {
        var member = staff.find(new AccountId(id)).orElseThrow(StaffAdminController::notFound);
        model.addAttribute("member", member);
        model.addAttribute("allRoles", StaffAdministration.STAFF_ROLES);
        return "accounts/admin/staff-member";
    }

    @PostMapping("/admin/staff/{id}/roles")
    String changeRoles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<String> roleNames,
            Principal principal,
            RedirectAttributes redirect) {
        var account = existing(id);
        var roles = roles(roleNames);
        if (roles.isEmpty()) {
            redirect.addFlashAttribute("error", "accounts.admin.staff.roles-required");
        } else {
            guarded(
                    () -> staff.changeRoles(account, roles, actor(principal)),
                    redirect,
                    "accounts.admin.staff.roles-saved");
        }
        return "redirect:/admin/staff/" + id;
    }

    @PostMapping("/admin/staff/{id}/disable")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var account = existing(id);
        guarded(() -> staff.disable(account, actor(principal)), redirect, "accounts.admin.staff.disabled");
        return "redirect:/admin/staff/" + id;
    }

    @PostMapping("/admin/staff/{id}/enable")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        staff.enable(existing(id), actor(principal));
        redirect.addFlashAttribute("notice", "accounts.admin.staff.enabled");
        return "redirect:/admin/staff/" + id;
    }

    @PostMapping("/admin/staff/{id}/force-reset")
    String forceReset(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        passwords.forceReset(existing(id), actor(principal));
        redirect.addFlashAttribute("notice", "accounts.admin.staff.reset-forced");
        return "redirect:/admin/staff/" + id;
    }

    private static void guarded(Runnable change, RedirectAttributes redirect, String notice) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (StaffAdministration.LastAdministratorException last) {
            redirect.addFlashAttribute("error", "accounts.admin.staff.last-administrator");
        } catch (IllegalArgumentException notStaff) {
            redirect.addFlashAttribute("error", "accounts.admin.staff.not-staff");
        }
    }

    private AccountId existing(long id) {
        return staff.find(new AccountId(id))
                .orElseThrow(StaffAdminController::notFound)
                .id();
    }

    private AccountId actor(Principal principal) {
        return accounts.find(EmailAddress.of(principal.getName())).orElseThrow().id();
    }

    private static Set<Role> roles(List<String> names) {
        var roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (var name : names) {
                StaffAdministration.STAFF_ROLES.stream()
                        .filter(role -> role.name().equals(name))
                        .forEach(roles::add);
            }
        }
        return roles;
    }

    private static String inviteForm(Model model) {
        model.addAttribute("allRoles", StaffAdministration.STAFF_ROLES);
        return "accounts/admin/staff-new";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
