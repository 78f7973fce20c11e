package nl.loket.accounts.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.accounts.Role;
import nl.loket.accounts.TwoFactorAuthentication;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
@LoketIntegrationTest
class AdminSecurityIntegrationTests {

    private static final RequestPostProcessor ADMIN = user("admin@loket.test").roles("ADMINISTRATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    TwoFactorAuthentication twoFactor;

    @Test
    void an_administrator_requires_2fa_for_a_staff_role_with_a_checkbox() throws Exception {
        var before = twoFactor.requiredRoles();
        try {
            mvc.perform(post("/admin/security")
                            .param("roles", "BILLING")
                            .with(ADMIN)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/security?saved"));

            mvc.perform(get("/admin/security").param("saved", "").with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("De instelling is opgeslagen.")))
                    .andExpect(
                            content()
                                    .string(
                                            matchesPattern(
                                                    "(?s).*<input type=\"checkbox\" name=\"roles\" id=\"role-BILLING\" value=\"BILLING\" checked=\"checked\">.*")))
                    .andExpect(content()
                            .string(containsString("<label for=\"role-SUPPORT_AGENT\">Supportmedewerker</label>")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("role-CUSTOMER\""))));
        } finally {
            twoFactor.requireFor(before, EmailAddress.of("admin@loket.test"), null);
        }
    }

    @Test
    void a_role_that_is_not_a_staff_role_is_refused_with_a_clear_error() throws Exception {
        mvc.perform(post("/admin/security")
                        .param("roles", Role.CUSTOMER.name())
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void only_administrators_reach_the_setting() throws Exception {
        mvc.perform(get("/admin/security").with(user("agent@loket.test").roles("SUPPORT_AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/security")).andExpect(status().is3xxRedirection());
    }
}
