package nl.loket.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a visitor's CSRF token lives (ADR 20): in the session when the visitor has one (everyone who
 * is signed in, or halfway through signing in), otherwise in a cookie of its own, so that a form
 * anyone can send (a question, sign-in, registration) needs no session in the database. The token
 * is required and checked on every state-changing request either way; only where the server finds
 * the expected value differs.
 *
 * <p>The cookie is HttpOnly, SameSite=Lax and host-only; over HTTPS (or when the session cookie is
 * forced Secure) it is Secure and named with the {@code __Host-} prefix, which browsers refuse to
 * accept from a sibling subdomain or from plain HTTP, so that nobody else can plant a token. It is
 * never consulted while a session exists: a signed-in visitor's token is always the one in their
 * session.
 */
final class CsrfTokenStore implements CsrfTokenRepository {

    static final String COOKIE = "loket-csrf";
    static final String SECURE_COOKIE = "__Host-" + COOKIE;

    private final HttpSessionCsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository plainCookie = cookie(COOKIE, false);
    private final CookieCsrfTokenRepository secureCookie = cookie(SECURE_COOKIE, true);
    private final boolean alwaysSecure;

    /** @param alwaysSecure the cookie is Secure even on requests that did not come over HTTPS */
    CsrfTokenStore(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return inSession.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            // Both places: a sign-in ends the token of the visitor without a session as well.
            inSession.saveToken(null, request, response);
            if (WebUtils.getCookie(request, cookieName(request)) != null) {
                cookieFor(request).saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            inSession.saveToken(token, request, response);
        } else {
            cookieFor(request).saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return inSession.loadToken(request);
        }
        return cookieFor(request).loadToken(request);
    }

    private CookieCsrfTokenRepository cookieFor(HttpServletRequest request) {
        return secure(request) ? secureCookie : plainCookie;
    }

    private String cookieName(HttpServletRequest request) {
        return secure(request) ? SECURE_COOKIE : COOKIE;
    }

    private boolean secure(HttpServletRequest request) {
        return alwaysSecure || request.isSecure();
    }

    private static CookieCsrfTokenRepository cookie(String name, boolean secure) {
        var cookie = new CookieCsrfTokenRepository();
        cookie.setCookieName(name);
        // The same names as the session's token, so that pages and scripts need not know where it lives.
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setParameterName("_csrf");
        cookie.setCookiePath("/");
        cookie.setCookieCustomizer(
                settings -> settings.httpOnly(true).secure(secure).sameSite("Lax"));
        return cookie;
    }
}
