package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import nl.loket.accounts.CodeCheck;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor authentication for the signed-in account holder: enrolment (QR code, manual key,
 * confirmation with a first code), new recovery codes, and switching it off. The secret of an
 * unconfirmed enrolment lives in the session only, so an abandoned enrolment leaves nothing behind.
 */
@Controller
@RequestMapping(TwoFactorSignInHandler.ENROLMENT_PATH)
class TwoFactorController {

    static final String SECRET_ATTRIBUTE = TwoFactorController.class.getName() + ".secret";

    private final TwoFactorAuthentication twoFactor;
    private final String issuer;

    TwoFactorController(TwoFactorAuthentication twoFactor, @Value("${loket.company-name:Loket}") String issuer) {
        this.twoFactor = twoFactor;
        this.issuer = issuer.isBlank() ? "Loket" : issuer.strip();
    }

    @GetMapping
    String show(Principal principal, HttpSession session, Model model) {
        var email = EmailAddress.of(principal.getName());
        var status = twoFactor.status(email);
        model.addAttribute("status", status);
        model.addAttribute("mustEnrol", session.getAttribute(EnrolmentGate.ATTRIBUTE) != null);
        if (!status.enabled()) {
            var secret = (String) session.getAttribute(SECRET_ATTRIBUTE);
            if (secret == null) {
                secret = twoFactor.newSecret();
                session.setAttribute(SECRET_ATTRIBUTE, secret);
            }
            model.addAttribute("qrCode", QrCode.svgDataUri(twoFactor.otpauthUri(email, issuer, secret)));
            model.addAttribute("manualKey", inBlocks(secret));
        }
        return "accounts/two-factor";
    }

    @PostMapping("/enable")
    String enable(
            @RequestParam(defaultValue = "") String code,
            Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        var secret = (String) session.getAttribute(SECRET_ATTRIBUTE);
        if (secret == null) {
            return "redirect:" + TwoFactorSignInHandler.ENROLMENT_PATH;
        }
        var check = twoFactor.enable(EmailAddress.of(principal.getName()), secret, code, request.getRemoteAddr());
        if (check.outcome() == CodeCheck.Outcome.NOT_ALLOWED) {
            session.removeAttribute(SECRET_ATTRIBUTE);
            return "redirect:" + TwoFactorSignInHandler.ENROLMENT_PATH;
        }
        if (!check.isAccepted()) {
            SecondStepController.addError(model, check);
            return show(principal, session, model);
        }
        session.removeAttribute(SECRET_ATTRIBUTE);
        session.removeAttribute(EnrolmentGate.ATTRIBUTE);
        model.addAttribute("recoveryCodes", check.recoveryCodes());
        model.addAttribute("justEnabled", true);
        return "accounts/recovery-codes";
    }

    @PostMapping("/recovery-codes")
    String regenerate(
            @RequestParam(defaultValue = "") String code,
            Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        var check =
                twoFactor.regenerateRecoveryCodes(EmailAddress.of(principal.getName()), code, request.getRemoteAddr());
        if (check.outcome() == CodeCheck.Outcome.NOT_ALLOWED) {
            return "redirect:" + TwoFactorSignInHandler.ENROLMENT_PATH;
        }
        if (!check.isAccepted()) {
            SecondStepController.addError(model, check);
            return show(principal, session, model);
        }
        model.addAttribute("recoveryCodes", check.recoveryCodes());
        model.addAttribute("justEnabled", false);
        return "accounts/recovery-codes";
    }

    @PostMapping("/disable")
    String disable(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String password,
            Principal principal,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        if (code.isBlank() && password.isEmpty()) {
            model.addAttribute("error", "accounts.two-factor.disable.proof-missing");
            return show(principal, session, model);
        }
        var check = twoFactor.disable(EmailAddress.of(principal.getName()), code, password, request.getRemoteAddr());
        if (check.outcome() == CodeCheck.Outcome.NOT_ALLOWED) {
            model.addAttribute("error", "accounts.two-factor.disable.not-allowed");
            return show(principal, session, model);
        }
        if (!check.isAccepted()) {
            SecondStepController.addError(model, check);
            if (check.outcome() == CodeCheck.Outcome.WRONG && code.isBlank()) {
                model.addAttribute("error", "accounts.two-factor.disable.wrong-proof");
            }
            return show(principal, session, model);
        }
        return "redirect:" + TwoFactorSignInHandler.ENROLMENT_PATH + "?disabled";
    }

    /** The key in blocks of four, as people read it aloud or type it over. */
    static String inBlocks(String secret) {
        var plain = secret.replace("=", "");
        var blocks = new StringBuilder();
        for (int i = 0; i < plain.length(); i += 4) {
            if (i > 0) {
                blocks.append(' ');
            }
            blocks.append(plain, i, Math.min(i + 4, plain.length()));
        }
        return blocks.toString();
    }
}
