package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CsrfTokenStoreTests {

    @Test
    void a_forced_secure_cookie_is_secure_and_host_only_even_on_a_plain_http_request() {
        var store = new CsrfTokenStore(true);
        var request = new MockHttpServletRequest("GET", "/tickets/new");
        var response = new MockHttpServletResponse();

        store.saveToken(store.generateToken(request), request, response);

        var cookie = response.getCookie(CsrfTokenStore.SECURE_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(response.getCookie(CsrfTokenStore.COOKIE)).isNull();
    }

    @Test
    void with_a_session_the_token_lives_in_it_and_no_cookie_is_set() {
        var store = new CsrfTokenStore(false);
        var request = new MockHttpServletRequest("GET", "/portal");
        request.getSession(true);
        var response = new MockHttpServletResponse();
        var token = store.generateToken(request);

        store.saveToken(token, request, response);

        assertThat(response.getCookies()).isEmpty();
        assertThat(store.loadToken(request)).isEqualTo(token);
    }

    @Test
    void with_a_session_a_token_cookie_counts_for_nothing() {
        var store = new CsrfTokenStore(false);
        var request = new MockHttpServletRequest("POST", "/portal/security/sign-out-others");
        request.getSession(true);
        request.setCookies(new Cookie(CsrfTokenStore.COOKIE, "planted-token"));

        assertThat(store.loadToken(request)).isNull();
    }

    @Test
    void without_a_session_the_token_comes_back_from_its_cookie() {
        var store = new CsrfTokenStore(false);
        var request = new MockHttpServletRequest("POST", "/tickets/new");
        request.setCookies(new Cookie(CsrfTokenStore.COOKIE, "the-token"));

        var token = store.loadToken(request);

        assertThat(token).isNotNull();
        assertThat(token.getToken()).isEqualTo("the-token");
        assertThat(token.getParameterName()).isEqualTo("_csrf");
        assertThat(request.getSession(false)).isNull();
    }
}
