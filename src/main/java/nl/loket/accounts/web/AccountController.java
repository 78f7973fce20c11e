package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.loket.accounts.ChangeEmailAddress;
import nl.loket.accounts.ChangePersonalData;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.ExportPersonalData;
import nl.loket.accounts.PersonalDataExport;
import nl.loket.accounts.PostalAddress;
import nl.loket.accounts.Sessions;
import nl.loket.accounts.Viewer;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own data in the portal: view, change, change e-mail address, download. */
@Controller
@RequestMapping("/portal/account")
class AccountController {

    private static final String PAGE = "accounts/account";
    private static final String CONFIRM_PAGE = "accounts/email-confirm";

    private final Viewers viewers;
    private final CustomerDirectory directory;
    private final ChangePersonalData personalData;
    private final ChangeEmailAddress emailAddress;
    private final ExportPersonalData export;
    private final Sessions sessions;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    AccountController(
            Viewers viewers,
            CustomerDirectory directory,
            ChangePersonalData personalData,
            ChangeEmailAddress emailAddress,
            ExportPersonalData export,
            Sessions sessions) {
        this.sessions = sessions;
        this.viewers = viewers;
        this.directory = directory;
        this.personalData = personalData;
        this.emailAddress = emailAddress;
        this.export = export;
    }

    @GetMapping
    String show(Principal principal, HttpServletRequest request, Model model) {
        var viewer = viewers.of(principal, request);
        model.addAttribute("form", PersonalDataForm.of(directory.own(viewer)));
        model.addAttribute("emailForm", EmailChangeForm.empty());
        return page(viewer, model);
    }

    @PostMapping
    String change(
            @ModelAttribute("form") PersonalDataForm form,
            BindingResult errors,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var viewer = viewers.of(principal, request);
        form.validate(errors, personalData.today());
        if (errors.hasErrors()) {
            model.addAttribute("emailForm", EmailChangeForm.empty());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(viewer, model);
        }
        personalData.change(viewer.account(), form.toDetails());
        redirect.addFlashAttribute("notice", "accounts.account.saved");
        return "redirect:/portal/account";
    }

    @PostMapping("/email")
    String requestEmailChange(
            @ModelAttribute("emailForm") EmailChangeForm form,
            BindingResult errors,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var viewer = viewers.of(principal, request);
        if (!EmailAddress.isValid(form.text())) {
            errors.rejectValue("newEmail", "accounts.account.email-invalid");
        } else {
            var newEmail = EmailAddress.of(form.text());
            var outcome = emailAddress.request(viewer.account(), newEmail, language(), viewer.ip());
            if (outcome == ChangeEmailAddress.Requested.UNCHANGED) {
                errors.rejectValue("newEmail", "accounts.account.email-unchanged");
            } else {
                redirect.addFlashAttribute("emailSentTo", newEmail.value());
                return "redirect:/portal/account";
            }
        }
        model.addAttribute("form", PersonalDataForm.of(directory.own(viewer)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(viewer, model);
    }

    /** The link from the mail opens a question, not the change: mail scanners follow links too. */
    @GetMapping("/email/confirm")
    String showConfirmation(
            @RequestParam(defaultValue = "") String token,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var viewer = viewers.of(principal, request);
        var pending = emailAddress.pendingAddress(viewer.account(), token);
        if (pending.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "accounts.email-confirm.invalid");
            return CONFIRM_PAGE;
        }
        model.addAttribute("token", token);
        model.addAttribute("newEmail", pending.get().value());
        return CONFIRM_PAGE;
    }

    @PostMapping("/email/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String token,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var viewer = viewers.of(principal, request);
        var outcome = emailAddress.confirm(viewer.account(), token, language(), viewer.ip());
        switch (outcome) {
            case CHANGED -> {
                // Sessions elsewhere were signed in under the old address: they end, this one goes on.
                sessions.endAllExcept(principal.getName(), request.getSession().getId());
                signInAgainAs(directory.own(viewer).email().value(), request, response);
                redirect.addFlashAttribute("notice", "accounts.account.email-changed");
                return "redirect:/portal/account";
            }
            case TAKEN -> model.addAttribute("problem", "accounts.email-confirm.taken");
            case INVALID_LINK -> model.addAttribute("problem", "accounts.email-confirm.invalid");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return CONFIRM_PAGE;
    }

    @GetMapping("/export")
    @ResponseBody
    ResponseEntity<PersonalDataExport> export(Principal principal, HttpServletRequest request) {
        var viewer = viewers.of(principal, request);
        var data = export.export(viewer.account(), viewer.ip());
        var filename = "loket-personal-data-" + viewer.account().value() + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(data);
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute("account", directory.own(viewer));
        model.addAttribute("countries", PostalAddress.COUNTRIES);
        return PAGE;
    }

    /** The session signed in with the old address; it carries on under the new one. */
    private void signInAgainAs(String email, HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            return;
        }
        var principal = User.withUsername(email)
                .password("")
                .authorities(current.getAuthorities())
                .build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
