package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import nl.loket.accounts.ApiTokens;
import nl.loket.shared.EmailAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's personal API tokens: the list, a form for a new one (shown once, on the page that answers
 * the form, never again), and revoking. Customers never get here (the security configuration
 * refuses them, and {@link ApiTokens} would too).
 */
@Controller
@RequestMapping("/portal/security/api-tokens")
class ApiTokenController {

    private static final String PAGE = "accounts/api-tokens";

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        return page(principal, ApiTokenForm.empty(tokens.defaultExpiry()), model);
    }

    @PostMapping
    String submit(@ModelAttribute ApiTokenForm form, Principal principal, HttpServletRequest request, Model model) {
        var holder = EmailAddress.of(principal.getName());
        try {
            var created = tokens.create(holder, form.toRequest(), request.getRemoteAddr());
            model.addAttribute("created", created);
            return "accounts/api-token-created";
        } catch (ApiTokens.InvalidTokenRequest invalid) {
            model.addAttribute(invalid.field() + "Error", invalid.messageKey());
            return page(principal, form, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        if (!tokens.revoke(EmailAddress.of(principal.getName()), id, request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/portal/security/api-tokens";
    }

    private String page(Principal principal, ApiTokenForm form, Model model) {
        var holder = EmailAddress.of(principal.getName());
        model.addAttribute("tokens", tokens.of(holder));
        model.addAttribute("scopes", tokens.scopesFor(holder));
        model.addAttribute("form", form);
        model.addAttribute("latestExpiry", tokens.latestExpiry());
        model.addAttribute("earliestExpiry", tokens.earliestExpiry());
        model.addAttribute("now", clock.instant());
        return PAGE;
    }
}
