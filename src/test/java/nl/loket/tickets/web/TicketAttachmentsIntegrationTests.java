package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Files on the ticket form and the guest's reply form: listed in the conversation, downloadable, refused clearly. */
@DatabaseTest
@LoketIntegrationTest
class TicketAttachmentsIntegrationTests {

    private static final Pattern RECEIVED = Pattern.compile("/tickets/(\\d{4}-\\d{4})/received\\?key=(.+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_guest_sends_a_pdf_with_the_ticket_and_finds_it_listed_and_downloadable_as_a_file() throws Exception {
        var pdf = pdf();
        var sent = mvc.perform(newTicket(TicketFixtures.uniqueAddress("bijlage").value())
                        .file(new MockMultipartFile("files", "Factuur maart.pdf", "application/pdf", pdf)))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        var received = RECEIVED.matcher(sent.getRedirectedUrl());
        assertThat(received.matches()).isTrue();
        var page = "/tickets/" + received.group(1);
        var key = received.group(2);

        var html = mvc.perform(get(page).param("key", key))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var link = Pattern.compile(
                        "href=\"(" + page + "/attachments/\\d+)\\?key=" + Pattern.quote(key) + "\">Factuur maart.pdf<")
                .matcher(html);
        assertThat(link.find())
                .as("the file is listed as a link on the ticket page")
                .isTrue();

        var download =
                mvc.perform(get(link.group(1)).param("key", key)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("Factuur maart.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.perform(get(link.group(1)).param("key", "verkeerd"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_program_is_refused_with_a_clear_message_and_everything_typed_stays_on_the_form() throws Exception {
        var email = TicketFixtures.uniqueAddress("exe").value();

        var response = mvc.perform(newTicket(email)
                        .file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", exe()))
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", pdf())))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        var html = response.getContentAsString();
        assertThat(html).contains("setup.exe: dit bestandstype is niet toegestaan");
        assertThat(html).contains("Kies je bestanden opnieuw");
        assertThat(html).contains("value=\"" + email + "\"", "value=\"Bijlage bij mijn vraag\"", "value=\"Jan Klant\"");
        assertThat(html).contains("Mijn website geeft een fout, zie de bijlage.");
        assertThat(jdbc.queryForObject("select count(*) from ticket where requester_email = ?", Long.class, email))
                .as("no ticket was opened")
                .isZero();
    }

    @Test
    void a_guest_reply_with_a_refused_file_keeps_the_text_and_a_good_file_is_listed_under_the_reply() throws Exception {
        var sent = mvc.perform(
                        newTicket(TicketFixtures.uniqueAddress("antwoord").value()))
                .andReturn()
                .getResponse();
        var received = RECEIVED.matcher(sent.getRedirectedUrl());
        assertThat(received.matches()).isTrue();
        var page = "/tickets/" + received.group(1);
        var key = received.group(2);

        var refused = mvc.perform(multipart(page + "/reply")
                        .file(new MockMultipartFile("files", "tool.exe", "application/octet-stream", exe()))
                        .param("key", key)
                        .param("text", "Hier is het logbestand.")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString())
                .contains("tool.exe: dit bestandstype is niet toegestaan")
                .contains("Hier is het logbestand.</textarea>");

        var log = ("fout 500 om " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(page + "/reply")
                .file(new MockMultipartFile("files", "error.log", "text/plain", log))
                .param("key", key)
                .param("text", "Hier is het logbestand.")
                .with(csrf()));
        var html = mvc.perform(get(page).param("key", key))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .containsPattern(
                        "Hier is het logbestand.</div>\\s*<ul class=\"message-files\"[^>]*>\\s*<li>\\s*<a[^>]*>error.log</a>");
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder newTicket(
            String email) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/tickets/new")
                        .param("department", "techniek")
                        .param("subject", "Bijlage bij mijn vraag")
                        .param("message", "Mijn website geeft een fout, zie de bijlage.")
                        .param("email", email)
                        .param("name", "Jan Klant")
                        .with(csrf());
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + UUID.randomUUID()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] exe() {
        var bytes = new byte[128];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }
}
