package nl.loket.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A valid CSRF token on a MockMvc request, stored where the application looks for it (ADR 20): in
 * the session when the request carries a session cookie, else in the token cookie, which this adds
 * to the request (also when Spring Security's {@code user()} gave the mock request a session of its
 * own: the application does not see that one).
 *
 * <p>Use this instead of Spring Security's {@code SecurityMockMvcRequestPostProcessors.csrf()}: that
 * one replaces the token store inside the application's CSRF filter with a session-based one, for
 * good, so that every later request of the test run (over real HTTP as well) would get a session for
 * its token and the tests would no longer see how Loket behaves. The same goes for its
 * {@code formLogin()} and {@code logout()} builders, which use it; {@code CsrfPostProcessorTests}
 * keeps all three out of the tests.
 */
public final class Csrf {

    /** Where {@link HttpSessionCsrfTokenRepository} keeps the token by default. */
    private static final String SESSION_ATTRIBUTE = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";

    private Csrf() {}

    public static RequestPostProcessor csrf() {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            var repository = context.getBean(CsrfTokenRepository.class);
            var token = repository.generateToken(request);
            if (!savedInSession(context, request, token)) {
                var response = new MockHttpServletResponse();
                repository.saveToken(token, asTheApplicationSeesIt(request), response);
                request.setCookies(Stream.concat(
                                Stream.ofNullable(request.getCookies()).flatMap(Arrays::stream),
                                Stream.of(response.getCookies()))
                        .toArray(Cookie[]::new));
            }
            request.setParameter(token.getParameterName(), masked(token, request));
            return request;
        };
    }

    /**
     * The sign-in form posted with its token; instead of Spring Security's {@code formLogin()}, which
     * uses its {@code csrf()}.
     */
    public static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login").param("email", email).param("password", password).with(csrf());
    }

    /** Sessions live in the database (Spring Session): a request's session travels as its cookie. */
    @SuppressWarnings("unchecked")
    private static boolean savedInSession(ApplicationContext context, MockHttpServletRequest request, CsrfToken token) {
        var cookie = Stream.ofNullable(request.getCookies())
                .flatMap(Arrays::stream)
                .filter(candidate -> candidate.getName().equals("SESSION"))
                .findFirst();
        if (cookie.isEmpty()) {
            return false;
        }
        var sessions = (SessionRepository<Session>) context.getBean(SessionRepository.class);
        var session = sessions.findById(
                new String(Base64.getDecoder().decode(cookie.get().getValue()), StandardCharsets.UTF_8));
        if (session == null) {
            return false;
        }
        session.setAttribute(SESSION_ATTRIBUTE, token);
        sessions.save(session);
        return true;
    }

    /**
     * The request without the mock's own session, which Spring Security's {@code user()} makes:
     * behind Spring Session's filter the application sees only sessions that come as a cookie.
     */
    private static HttpServletRequest asTheApplicationSeesIt(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable HttpSession getSession(boolean create) {
                return create ? super.getSession(true) : null;
            }
        };
    }

    /** The token as a page carries it: masked afresh for each page (BREACH), as the filter expects. */
    private static String masked(CsrfToken token, HttpServletRequest request) {
        new XorCsrfTokenRequestAttributeHandler().handle(request, new MockHttpServletResponse(), () -> token);
        var onPage = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var value = onPage.getToken();
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute(token.getParameterName());
        request.removeAttribute(HttpServletResponse.class.getName());
        return value;
    }
}
