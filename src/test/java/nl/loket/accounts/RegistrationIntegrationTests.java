package nl.loket.accounts;

import static nl.loket.testsupport.Csrf.csrf;
import static nl.loket.testsupport.Csrf.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.RecordedEvents;
import nl.loket.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class RegistrationIntegrationTests {

    static final String PASSWORD = "paarse-olifant-op-de-fiets";

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordedEvents events;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void a_new_customer_is_asked_to_check_their_mail_and_gets_a_confirmation_link_in_their_language() throws Exception {
        var email = uniqueAddress();

        register(email, PASSWORD, "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your mail")));

        var mail = confirmationFor(email);
        assertThat(mail.path()).startsWith("/register/confirm?token=");
        assertThat(mail.language()).isEqualTo(Language.EN);
        assertThat(mail.validForHours()).isEqualTo(48);
        assertThat(mail.name()).isEqualTo("Klant Test");
        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_CONFIRMATION);
        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.passwordHash()).startsWith("{argon2}").doesNotContain(PASSWORD);
    }

    @Test
    void the_confirmation_link_activates_the_account_once_and_then_no_more() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");
        var path = confirmationFor(email).path();

        mvc.perform(get(path)).andExpect(content().string(containsString("E-mailadres bevestigd")));
        assertThat(accounts.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.findByEmail(email).orElseThrow().emailConfirmedAt()).isNotNull();

        mvc.perform(get(path)).andExpect(content().string(containsString("Deze link werkt niet meer")));
    }

    @Test
    void a_confirmation_link_older_than_48_hours_is_refused() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");
        var path = confirmationFor(email).path();

        clock.advance(Duration.ofHours(48).plusMinutes(1));

        mvc.perform(get(path)).andExpect(content().string(containsString("Deze link werkt niet meer")));
        assertThat(accounts.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_CONFIRMATION);
    }

    @Test
    void an_unconfirmed_customer_cannot_sign_in_and_is_offered_a_new_link() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");

        mvc.perform(signIn(email, PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?unconfirmed"));
        mvc.perform(get("/login").param("unconfirmed", ""))
                .andExpect(content().string(containsString("Bevestig eerst je e-mailadres")))
                .andExpect(content().string(containsString("Stuur de link opnieuw")));

        mvc.perform(get(confirmationFor(email).path()));
        mvc.perform(signIn(email, PASSWORD)).andExpect(authenticated().withRoles("CUSTOMER"));
    }

    @Test
    void the_unconfirmed_message_needs_the_right_password_so_it_reveals_nothing_to_a_guesser() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");

        mvc.perform(signIn(email, "een-verkeerde-gok")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void asking_for_a_new_link_answers_the_same_for_unknown_addresses_and_replaces_the_old_link() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");
        var first = confirmationFor(email).path();

        var known = mvc.perform(post("/register/resend").param("email", email).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var unknown = mvc.perform(
                        post("/register/resend").param("email", uniqueAddress()).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(withoutTokens(known)).isEqualTo(withoutTokens(unknown));
        var second = confirmationFor(email).path();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(get(second)).andExpect(content().string(containsString("E-mailadres bevestigd")));
    }

    @Test
    void registering_an_address_that_has_an_account_looks_the_same_and_makes_no_second_account() throws Exception {
        var email = uniqueAddress();
        register(email, PASSWORD, "nl");
        mvc.perform(get(confirmationFor(email).path()));
        var mailsBefore = events.all(
                        EmailConfirmationRequested.class,
                        mail -> mail.email().value().equals(email))
                .size();

        var again = register(email.toUpperCase(), "een-heel-ander-wachtwoord", "nl")
                .andReturn()
                .getResponse()
                .getContentAsString();
        var fresh = register(uniqueAddress(), PASSWORD, "nl")
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(withoutTokens(again)).isEqualTo(withoutTokens(fresh));
        assertThat(accounts.findAll().stream()
                        .filter(account -> account.email().value().equals(email)))
                .hasSize(1);
        assertThat(events.all(
                        EmailConfirmationRequested.class,
                        mail -> mail.email().value().equals(email)))
                .hasSize(mailsBefore);
    }

    @Test
    void a_weak_password_is_refused_with_a_clear_message_and_nothing_is_stored() throws Exception {
        var email = uniqueAddress();

        register(email, "wachtwoord2024", "nl")
                .andExpect(content().string(containsString("wordt heel vaak gebruikt")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(not(containsString("wachtwoord2024"))));
        register(email, "kort", "en").andExpect(content().string(containsString("use at least 10 characters")));
        register(email, email + "!", "en")
                .andExpect(content().string(containsString("must not be (part of) your e-mail")));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void an_invalid_address_or_missing_name_gets_a_message_not_an_error() throws Exception {
        mvc.perform(post("/register")
                        .param("email", "geen-adres")
                        .param("name", "")
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(containsString("Vul je naam in")));
    }

    private org.springframework.test.web.servlet.ResultActions register(String email, String password, String lang)
            throws Exception {
        return mvc.perform(post("/register")
                .param("email", email)
                .param("name", "Klant Test")
                .param("password", password)
                .param("lang", lang)
                .with(csrf()));
    }

    private EmailConfirmationRequested confirmationFor(String email) {
        return events.latest(
                        EmailConfirmationRequested.class, mail -> mail.email().equals(EmailAddress.of(email)))
                .orElseThrow(() -> new AssertionError("No confirmation mail for " + email));
    }

    static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    static String uniqueAddress() {
        return "klant-" + UUID.randomUUID() + "@example.nl";
    }
}
