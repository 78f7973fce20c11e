package nl.loket.notifications.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.loket.notifications.MailPurpose;
import nl.loket.notifications.Outbox;
import nl.loket.notifications.OutboxAdministration;
import nl.loket.notifications.RenderedMail;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class OutboxAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "agent@loket.test", roles = "SUPPORT_AGENT")
    void a_support_agent_is_refused() throws Exception {
        var id = queue("Voor beheerders");
        mvc.perform(get("/admin/outbox")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/{id}", id)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/{id}/send-again", id).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "customer@loket.test", roles = "CUSTOMER")
    void a_customer_is_refused() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
    void an_administrator_finds_the_outbox_from_the_administration_and_sees_a_queued_mail() throws Exception {
        var subject = "Uniek onderwerp " + UUID.randomUUID();
        var id = queue(subject);

        mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/outbox\"")));
        mvc.perform(get("/admin/outbox"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uitgaande e-mail")))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("href=\"/admin/outbox/" + id + "\"")))
                .andExpect(content().string(containsString("Wacht op verzending")));
    }

    @Test
    @WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
    void the_detail_page_shows_headers_text_and_the_html_only_inside_a_sandbox() throws Exception {
        var id = queue("Detail");

        mvc.perform(get("/admin/outbox/{id}", id).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loket Helpdesk &lt;helpdesk@loket.invalid&gt;")))
                .andExpect(content().string(containsString("Text version")))
                .andExpect(content().string(containsString("Hallo daar")))
                .andExpect(content().string(containsString("sandbox=\"\"")))
                .andExpect(content().string(containsString("srcdoc=\"&lt;p&gt;Hallo &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("Send again"))));
    }

    @Test
    @WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
    void a_failed_mail_can_be_sent_again_with_a_security_token_only() throws Exception {
        var id = queue("Mislukt");
        jdbc.update(
                "update mail_outbox set failed_at = created_at, attempts = 10, last_error = 'Connection refused' where id = ?",
                id);

        mvc.perform(get("/admin/outbox/{id}", id))
                .andExpect(content().string(containsString("Mislukt")))
                .andExpect(content().string(containsString("Connection refused")))
                .andExpect(content().string(containsString("Opnieuw versturen")));
        mvc.perform(post("/admin/outbox/{id}/send-again", id)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/{id}/send-again", id).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/outbox/" + id));

        var mail = administration.find(id).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(mail.failed()).isFalse();
        org.assertj.core.api.Assertions.assertThat(mail.attempts()).isZero();
    }

    @Test
    @WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
    void a_mail_that_does_not_exist_answers_not_found() throws Exception {
        mvc.perform(get("/admin/outbox/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/outbox/{id}/send-again", Long.MAX_VALUE).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/abc")).andExpect(status().isBadRequest());
    }

    private long queue(String subject) {
        var recipient = EmailAddress.of("outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.loket.test");
        return outbox.queue(
                MailPurpose.SUPPORT,
                "admin-test",
                recipient,
                Language.NL,
                new RenderedMail(subject, "Hallo daar", "<p>Hallo <script>alert(1)</script></p>"));
    }
}
