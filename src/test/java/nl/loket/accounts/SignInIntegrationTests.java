package nl.loket.accounts;

import static nl.loket.testsupport.Csrf.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void the_first_start_created_the_configured_administrator() {
        assertThat(accounts.rolesOf(EmailAddress.of("admin@loket.test"))).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void staff_sign_in_with_their_address_in_any_letter_case() throws Exception {
        var email = uniqueAddress();
        var password = UUID.randomUUID().toString();
        accounts.createStaff(EmailAddress.of(email), "Beheerder", password, Set.of(Role.ADMINISTRATOR));

        mvc.perform(signIn(email.toUpperCase(), password))
                .andExpect(authenticated().withRoles("ADMINISTRATOR"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong() throws Exception {
        var email = uniqueAddress();
        accounts.createStaff(EmailAddress.of(email), "Agent", UUID.randomUUID().toString(), Set.of(Role.SUPPORT_AGENT));

        mvc.perform(signIn(email, "not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(uniqueAddress(), "not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Het e-mailadres of het wachtwoord klopt niet")));
    }

    @Test
    void the_sign_in_page_is_a_form_with_labelled_fields_and_a_security_token() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"email\">E-mailadres</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void an_anonymous_visitor_of_the_administration_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void an_administrator_reaches_the_administration() throws Exception {
        mvc.perform(get("/admin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beheer")));
    }

    @Test
    @WithMockUser(roles = "SUPPORT_AGENT")
    void a_support_agent_is_refused_the_administration() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isForbidden());
    }

    @Test
    void an_address_belongs_to_one_account_only_whatever_its_letter_case() {
        var email = uniqueAddress();
        accounts.createStaff(EmailAddress.of(email), "Eerste", UUID.randomUUID().toString(), Set.of(Role.BILLING));

        assertThatThrownBy(() -> accounts.createStaff(
                        EmailAddress.of(email.toUpperCase()),
                        "Tweede",
                        UUID.randomUUID().toString(),
                        Set.of(Role.BILLING)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.rolesOf(EmailAddress.of(email))).containsExactly(Role.BILLING);
    }

    @Test
    void a_password_shorter_than_ten_characters_is_refused() {
        assertThatThrownBy(() -> accounts.createStaff(
                        EmailAddress.of(uniqueAddress()), "Kort", "123456789", Set.of(Role.BILLING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String uniqueAddress() {
        return "staff-" + UUID.randomUUID() + "@loket.test";
    }
}
