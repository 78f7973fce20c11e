package nl.loket.accounts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import nl.loket.accounts.CodeCheck;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of sign-in: a code from the authenticator app, or a recovery code. */
@Controller
class SecondStepController {

    private final TwoFactorAuthentication twoFactor;
    private final TwoFactorSignInHandler signIn;
    private final Clock clock;

    SecondStepController(TwoFactorAuthentication twoFactor, TwoFactorSignInHandler signIn, Clock clock) {
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        this.clock = clock;
    }

    @GetMapping("/login/2fa")
    String showForm(HttpSession session) {
        return pending(session).isPresent() ? "accounts/login-2fa" : expiredOrMissing(session);
    }

    @PostMapping("/login/2fa")
    @Nullable
    String submit(
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException, ServletException {
        var pending = pending(session);
        if (pending.isEmpty()) {
            return expiredOrMissing(session);
        }
        if (code.isBlank()) {
            model.addAttribute("error", "accounts.two-factor.login.code-missing");
            return "accounts/login-2fa";
        }
        var email = EmailAddress.of(pending.get().authentication().getName());
        var check = twoFactor.verifySignIn(email, code, request.getRemoteAddr());
        if (check.isAccepted()) {
            signIn.complete(request, response, pending.get());
            return null; // the response is a redirect already
        }
        addError(model, check);
        return "accounts/login-2fa";
    }

    static void addError(Model model, CodeCheck check) {
        if (check.outcome() == CodeCheck.Outcome.THROTTLED) {
            model.addAttribute("error", "accounts.two-factor.throttled");
            model.addAttribute("waitMinutes", check.waitMinutes());
        } else {
            model.addAttribute("error", "accounts.two-factor.wrong-code");
        }
    }

    private Optional<PendingSignIn> pending(HttpSession session) {
        return Optional.ofNullable((PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE))
                .filter(pending -> !pending.isExpired(clock.instant()));
    }

    private static String expiredOrMissing(HttpSession session) {
        if (session.getAttribute(PendingSignIn.ATTRIBUTE) != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return "redirect:/login?expired";
        }
        return "redirect:/login";
    }
}
