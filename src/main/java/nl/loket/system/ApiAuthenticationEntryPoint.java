package nl.loket.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What an API request hears when it is not authenticated: 401 with a {@code WWW-Authenticate:
 * Bearer} challenge (RFC 6750), carrying {@code error="invalid_token"} when a bearer token was sent
 * and refused; 429 when the client's address is locked after too many refused tokens. The body is
 * problem+json from {@link ErrorPages}.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LockedException) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        if (exception instanceof OAuth2AuthenticationException refused) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"" + refused.getError().getErrorCode() + "\"");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
