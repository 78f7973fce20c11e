package nl.loket.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a staff member whose role requires 2FA, and who signed in without it, on the enrolment page
 * until 2FA is on: other pages redirect there, the API answers 403. The mark is set at sign-in (by
 * {@link TwoFactorSignInHandler}) and lives in the session, so this costs no database query.
 * Registered by Spring Boot as a servlet filter after Spring Security's.
 */
@Component
class EnrolmentGate extends OncePerRequestFilter {

    static final String ATTRIBUTE = EnrolmentGate.class.getName();

    private static final List<String> ALLOWED_PREFIXES =
            List.of(TwoFactorSignInHandler.ENROLMENT_PATH, "/logout", "/login", "/css/", "/js/", "/webjars/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(ATTRIBUTE) == null || isAllowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + TwoFactorSignInHandler.ENROLMENT_PATH);
    }

    private static boolean isAllowed(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/favicon.ico") || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
