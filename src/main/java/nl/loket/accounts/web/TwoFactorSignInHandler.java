package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Runs after a correct password (the security configuration picks it up as the form sign-in's
 * success handler). With 2FA switched on, the sign-in is undone and kept as a {@link PendingSignIn}
 * until {@code /login/2fa} gets a code; a staff member whose role requires 2FA but who has none yet
 * is signed in and fenced into the enrolment page by {@link EnrolmentGate}. Everyone else continues
 * to the page they asked for.
 */
@Component
class TwoFactorSignInHandler implements AuthenticationSuccessHandler {

    static final String ENROLMENT_PATH = "/portal/security/two-factor";

    private final TwoFactorAuthentication twoFactor;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler continueToSavedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    TwoFactorSignInHandler(TwoFactorAuthentication twoFactor, Clock clock) {
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        var email = EmailAddress.of(authentication.getName());
        // Whatever an earlier sign-in in this session left behind no longer applies.
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        request.getSession().removeAttribute(EnrolmentGate.ATTRIBUTE);
        if (twoFactor.isEnabled(email)) {
            // The form login has already stored the authentication in the session: take it out again.
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            request.getSession()
                    .setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication, clock.instant()));
            response.sendRedirect(request.getContextPath() + "/login/2fa");
            return;
        }
        if (twoFactor.mustEnrol(email)) {
            request.getSession().setAttribute(EnrolmentGate.ATTRIBUTE, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + ENROLMENT_PATH);
            return;
        }
        continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    /** Completes a sign-in after its second factor: a new session id, then the page first asked for. */
    void complete(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException, jakarta.servlet.ServletException {
        var session = request.getSession();
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.authentication());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        continueToSavedRequest.onAuthenticationSuccess(request, response, pending.authentication());
    }
}
