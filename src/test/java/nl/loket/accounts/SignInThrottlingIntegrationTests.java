package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static nl.loket.accounts.AccountFixtures.uniqueAddress;
import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@LoketIntegrationTest
class SignInThrottlingIntegrationTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Throttle throttle;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog audit;

    @Autowired
    TwoFactorAuthentication twoFactor;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void five_failures_lock_the_address_even_for_the_right_password_with_a_clear_message() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var client = newClient();

        var answers = failFiveTimes(holder.email(), client);

        assertThat(answers)
                .containsExactly("/login?error", "/login?error", "/login?error", "/login?error", "/login?throttled=1");
        mvc.perform(login(holder.email(), holder.password(), client))
                .andExpect(unauthenticated())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?throttled=1"));
        mvc.perform(get("/login").param("throttled", "1"))
                .andExpect(content()
                        .string(containsString("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.")));
        mvc.perform(get("/login").param("throttled", "4").param("lang", "en"))
                .andExpect(content().string(containsString("Too many failed attempts. Try again in 4 minutes.")));
    }

    @Test
    void an_address_without_an_account_gets_exactly_the_same_answers() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);

        var known = failFiveTimes(holder.email(), newClient());
        var unknown = failFiveTimes(uniqueAddress(), newClient());

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void the_lock_doubles_with_every_failure_after_it_runs_out() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var client = newClient();
        failFiveTimes(holder.email(), client);

        clock.advance(Duration.ofSeconds(61));
        assertThat(attempt(holder.email(), "weer-fout-1", client)).isEqualTo("/login?throttled=2");
        assertThat(attempt(holder.email(), holder.password(), client)).isEqualTo("/login?throttled=2");

        clock.advance(Duration.ofSeconds(121));
        assertThat(attempt(holder.email(), "weer-fout-2", client)).isEqualTo("/login?throttled=4");

        clock.advance(Duration.ofSeconds(241));
        mvc.perform(login(holder.email(), holder.password(), client)).andExpect(authenticated());
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var client = newClient();
        for (int i = 0; i < 4; i++) {
            attempt(holder.email(), "fout-" + i, client);
        }
        assertThat(attempt(holder.email(), holder.password(), client)).isEqualTo("/");

        for (int i = 0; i < 4; i++) {
            assertThat(attempt(holder.email(), "opnieuw-fout-" + i, client)).isEqualTo("/login?error");
        }
    }

    @Test
    void one_client_address_trying_many_addresses_is_throttled_too() {
        var strict = new PasswordSignIn(
                repository, encoder, throttle, events, new SignInSettings(1000, 3, null, null), twoFactor);
        var client = "10.99.0." + CLIENTS.incrementAndGet();
        List<Class<?>> outcomes = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            try {
                strict.authenticate(attemptFrom(client, uniqueAddress()));
            } catch (RuntimeException refused) {
                outcomes.add(refused.getClass());
            }
        }

        assertThat(outcomes)
                .containsExactly(
                        BadCredentialsException.class,
                        BadCredentialsException.class,
                        PasswordSignIn.SignInThrottledException.class,
                        PasswordSignIn.SignInThrottledException.class);
        assertThatThrownBy(
                        () -> strict.authenticate(attemptFrom("10.98.0." + CLIENTS.incrementAndGet(), uniqueAddress())))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void failures_and_locks_are_written_to_the_audit_log() throws Exception {
        var typed = uniqueAddress();
        var client = newClient();
        failFiveTimes(typed, client);
        attempt(typed, "nog-een-keer", client);

        var today = LocalDate.now(AuditLog.ZONE);
        var failed = audit.search(new AuditLog.Filter(SecurityEvent.Kind.SIGN_IN_FAILED, typed, today, today), 0, 10);
        var throttled =
                audit.search(new AuditLog.Filter(SecurityEvent.Kind.SIGN_IN_THROTTLED, typed, today, today), 0, 10);
        assertThat(failed.getTotalElements()).isEqualTo(5);
        assertThat(failed.getContent())
                .allSatisfy(entry -> assertThat(entry.subject()).isNull());
        assertThat(throttled.getTotalElements()).isEqualTo(1);
    }

    private List<String> failFiveTimes(String email, RequestPostProcessor client) throws Exception {
        var answers = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            answers.add(attempt(email, "verkeerd-wachtwoord-" + i, client));
        }
        return answers;
    }

    private String attempt(String email, String password, RequestPostProcessor client) throws Exception {
        return mvc.perform(login(email, password, client))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder login(String email, String password, RequestPostProcessor client) {
        return post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(client);
    }

    private static RequestPostProcessor newClient() {
        var address = "10.77." + (CLIENTS.incrementAndGet() / 250) + "." + (CLIENTS.get() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static UsernamePasswordAuthenticationToken attemptFrom(String client, String email) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, "een-wachtwoord-dat-niet-klopt");
        attempt.setDetails(new WebAuthenticationDetails(client, null));
        return attempt;
    }
}
