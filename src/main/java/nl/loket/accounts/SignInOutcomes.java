package nl.loket.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What follows a sign-in attempt in the browser: after a failure, the sign-in page with the reason
 * the visitor may know (never one that reveals whether an address has an account); after a success,
 * the facts the session list shows (when, which browser, from where) stored in the new session.
 * The security filter chain in {@code system} uses this as its form-login failure handler.
 */
@Component
class SignInOutcomes implements AuthenticationFailureHandler {

    private static final int MAX_CLIENT_LENGTH = 120;

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var query =
                switch (exception) {
                    case PasswordSignIn.SignInThrottledException throttled -> "throttled=" + throttled.minutes();
                    case PasswordSignIn.EmailNotConfirmedException notConfirmed -> "unconfirmed";
                    case PasswordSignIn.PasswordResetRequiredException resetRequired -> "reset-required";
                    case DisabledException disabled -> "disabled";
                    default -> "error";
                };
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            var session = request.getSession();
            session.setAttribute(Sessions.SIGNED_IN_AT, Instant.now());
            session.setAttribute(Sessions.CLIENT, describe(request.getHeader("User-Agent")));
            session.setAttribute(Sessions.IP, request.getRemoteAddr());
        }
    }

    /** A few words about the browser (which one, on what), enough to recognise a session. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        var agent = userAgent.toLowerCase(Locale.ROOT);
        var browser = agent.contains("edg/")
                ? "Edge"
                : agent.contains("firefox/")
                        ? "Firefox"
                        : agent.contains("chrome/") || agent.contains("chromium/")
                                ? "Chrome"
                                : agent.contains("safari/") ? "Safari" : null;
        var system = agent.contains("android")
                ? "Android"
                : agent.contains("iphone") || agent.contains("ipad")
                        ? "iOS"
                        : agent.contains("windows")
                                ? "Windows"
                                : agent.contains("mac os") ? "macOS" : agent.contains("linux") ? "Linux" : null;
        if (browser == null && system == null) {
            return userAgent.length() > MAX_CLIENT_LENGTH ? userAgent.substring(0, MAX_CLIENT_LENGTH) : userAgent;
        }
        return (browser == null ? "?" : browser) + (system == null ? "" : " · " + system);
    }
}
