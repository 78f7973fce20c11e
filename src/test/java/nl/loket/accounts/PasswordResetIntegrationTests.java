package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.activeAccount;
import static nl.loket.accounts.AccountFixtures.csrfOf;
import static nl.loket.accounts.AccountFixtures.location;
import static nl.loket.accounts.AccountFixtures.signedIn;
import static nl.loket.accounts.AccountFixtures.uniqueAddress;
import static nl.loket.testsupport.Csrf.csrf;
import static nl.loket.testsupport.Csrf.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.util.Map;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.RecordedEvents;
import nl.loket.testsupport.TestClock;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class PasswordResetIntegrationTests {

    static final String NEW_PASSWORD = "een-gloednieuw-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecordedEvents events;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void the_answer_is_the_same_whether_or_not_the_address_has_an_account() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var unknown = uniqueAddress();

        var known = forgot(holder.email());
        var stranger = forgot(unknown);

        assertThat(RegistrationIntegrationTests.withoutTokens(known))
                .isEqualTo(RegistrationIntegrationTests.withoutTokens(stranger))
                .contains("Als er een account met dit adres bestaat");
        assertThat(resetMailFor(holder.email()).path()).startsWith("/password/reset?token=");
        assertThat(events.latest(
                        PasswordResetRequested.class,
                        mail -> mail.email().value().equals(unknown)))
                .isEmpty();
    }

    @Test
    void a_reset_link_sets_a_new_password_and_works_only_once() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        forgot(holder.email());
        var mail = resetMailFor(holder.email());
        assertThat(mail.validForMinutes()).isEqualTo(60);
        assertThat(mail.forcedByAdministrator()).isFalse();
        var token = token(mail.path());

        mvc.perform(get(mail.path())).andExpect(content().string(containsString("Nieuw wachtwoord kiezen")));
        reset(token, NEW_PASSWORD).andExpect(content().string(containsString("Wachtwoord gewijzigd")));
        reset(token, "nog-een-ander-wachtwoord")
                .andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(get(mail.path())).andExpect(content().string(containsString("Deze link werkt niet meer")));

        mvc.perform(signIn(holder.email(), NEW_PASSWORD)).andExpect(authenticated());
        assertThat(events.latest(
                        SecurityNoticeRequired.class,
                        notice -> notice.email().value().equals(holder.email())))
                .hasValueSatisfying(
                        notice -> assertThat(notice.kind()).isEqualTo(SecurityNoticeRequired.Kind.PASSWORD_CHANGED));
    }

    @Test
    void a_reset_link_expires_after_one_hour() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        forgot(holder.email());
        var token = token(resetMailFor(holder.email()).path());

        clock.advance(Duration.ofMinutes(61));

        reset(token, NEW_PASSWORD).andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(signIn(holder.email(), holder.password())).andExpect(authenticated());
    }

    @Test
    void a_newer_request_voids_the_older_link() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        forgot(holder.email());
        var older = token(resetMailFor(holder.email()).path());
        forgot(holder.email());
        var newer = token(resetMailFor(holder.email()).path());

        reset(older, NEW_PASSWORD).andExpect(content().string(containsString("Deze link werkt niet meer")));
        reset(newer, NEW_PASSWORD).andExpect(content().string(containsString("Wachtwoord gewijzigd")));
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_keeps_working() throws Exception {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        forgot(holder.email());
        var token = token(resetMailFor(holder.email()).path());

        reset(token, "welkom2025").andExpect(content().string(containsString("wordt heel vaak gebruikt")));
        reset(token, NEW_PASSWORD).andExpect(content().string(containsString("Wachtwoord gewijzigd")));
    }

    @Test
    void a_reset_signs_the_account_out_of_every_session() {
        var holder = activeAccount(accounts, Role.CUSTOMER);
        var laptop = new WebSession(port);
        var phone = new WebSession(port);
        laptop.signIn(holder.email(), holder.password());
        phone.signIn(holder.email(), holder.password());
        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isTrue();

        var visitor = new WebSession(port);
        visitor.postForm(
                "/password/forgot", Map.of("email", holder.email(), "_csrf", csrfOf(visitor, "/password/forgot")));
        var path = resetMailFor(holder.email()).path();
        var done = visitor.postForm(
                "/password/reset",
                Map.of("token", token(path), "password", NEW_PASSWORD, "_csrf", csrfOf(visitor, path)));

        assertThat(done.body()).contains("Wachtwoord gewijzigd");
        assertThat(signedIn(laptop)).isFalse();
        assertThat(signedIn(phone)).isFalse();
        assertThat(location(laptop.signIn(holder.email(), NEW_PASSWORD))).doesNotContain("error");
    }

    private String forgot(String email) throws Exception {
        return mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions reset(String token, String password) throws Exception {
        return mvc.perform(post("/password/reset")
                .param("token", token)
                .param("password", password)
                .with(csrf()));
    }

    private PasswordResetRequested resetMailFor(String email) {
        return events.latest(PasswordResetRequested.class, mail -> mail.email().equals(EmailAddress.of(email)))
                .orElseThrow(() -> new AssertionError("No reset mail for " + email));
    }

    static String token(String path) {
        return path.substring(path.indexOf("token=") + "token=".length());
    }
}
