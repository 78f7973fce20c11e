package nl.loket.notifications.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The inbound mail log at /admin/inbound (who may see it is in the authorization matrix). */
@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
class InboundAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_finds_the_log_from_the_administration_and_reads_what_became_of_each_mail() throws Exception {
        var reply = "Re: [#1234-5678] Website " + UUID.randomUUID();
        var autoReply = "Automatisch antwoord: " + UUID.randomUUID();
        line("klant@bakkerij.example", reply, "ADDED_TO_TICKET", null, "1234-5678");
        line("collega@installateur.example", autoReply, "IGNORED", "auto-reply (Auto-Submitted: auto-replied)", null);

        mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/inbound\"")));
        mvc.perform(get("/admin/inbound"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Binnenkomende e-mail")))
                .andExpect(content().string(containsString("er is geen IMAP-server ingesteld")))
                .andExpect(content().string(containsString(reply)))
                .andExpect(content().string(containsString("Bij ticket gezet")))
                .andExpect(content().string(containsString("1234-5678")))
                .andExpect(content().string(containsString(autoReply)))
                .andExpect(content().string(containsString("Overgeslagen")))
                .andExpect(content().string(containsString("auto-reply (Auto-Submitted: auto-replied)")));
    }

    @Test
    void what_a_mail_says_is_shown_as_text_never_as_markup() throws Exception {
        line("<b>x</b>@evil.example", "<script>alert('inbound')</script>", "FAILED", "<img src=x>", null);

        mvc.perform(get("/admin/inbound"))
                .andExpect(content().string(not(containsString("<script>alert('inbound')"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;inbound&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<img src=x>"))));
    }

    @Test
    void older_lines_are_on_the_next_page() throws Exception {
        var oldest = "Oudste " + UUID.randomUUID();
        var oldestId = line("a@klant.example", oldest, "OPENED_TICKET", null, "1111-2222");
        for (int i = 0; i < 50; i++) {
            line("b@klant.example", "Nieuwer " + i, "OPENED_TICKET", null, "1111-3333");
        }

        mvc.perform(get("/admin/inbound"))
                .andExpect(content().string(not(containsString(oldest))))
                .andExpect(content().string(containsString("/admin/inbound?before=")));
        mvc.perform(get("/admin/inbound").param("before", String.valueOf(oldestId + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(oldest)))
                .andExpect(content().string(containsString("href=\"/admin/inbound\"")));
    }

    private long line(
            String sender, String subject, String outcome, @Nullable String detail, @Nullable String ticketNumber) {
        jdbc.update(
                "insert into mail_inbound_log (mailbox, message_id, received_at, sender, subject, outcome, detail,"
                        + " ticket_number) values (?, ?, ?, ?, ?, ?, ?, ?)",
                "support@imap.example:993/INBOX",
                UUID.randomUUID() + "@test.example",
                Instant.now().atOffset(ZoneOffset.UTC),
                sender,
                subject,
                outcome,
                detail,
                ticketNumber);
        var id = jdbc.queryForObject("select max(id) from mail_inbound_log", Long.class);
        return id == null ? 0 : id;
    }
}
