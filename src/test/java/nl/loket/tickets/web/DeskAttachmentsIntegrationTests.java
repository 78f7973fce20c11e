package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files at the desk: on a reply they reach the customer (pages and mail), on an internal note they
 * stay with staff; every file of the ticket downloads for staff; a refused file keeps the text.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskAttachmentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    private TestAccount agent;
    private OpenedTicket ticket;
    private String customerEmail;
    private String page;

    @BeforeEach
    void a_guests_ticket_and_an_agent() {
        agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Fien Bestand");
        customerEmail = TicketFixtures.uniqueAddress("desk-bijlage").value();
        ticket = desk.open(TicketFixtures.guestQuestion(
                nl.loket.shared.EmailAddress.of(customerEmail),
                "Offerte gevraagd",
                "Kunnen jullie een offerte sturen?"));
        page = "/desk/tickets/" + ticket.number().value();
    }

    @Test
    void a_reply_with_a_file_is_listed_at_the_desk_and_for_the_customer_who_downloads_it_and_the_mail_links_it()
            throws Exception {
        var pdf = pdf();
        var sent = mvc.perform(multipart(page + "/reply")
                        .file(new MockMultipartFile("files", "Offerte 2026.pdf", "application/pdf", pdf))
                        .param("text", "Hierbij de offerte.")
                        .param("status", "WAITING_FOR_CUSTOMER")
                        .with(agent.signedIn())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);

        var deskHtml = html(get(page).with(agent.signedIn()));
        var deskLink = Pattern.compile("href=\"(" + page + "/attachments/(\\d+))\">Offerte 2026.pdf</a>\\s*"
                        + "<span class=\"file-size\">\\(\\d+ bytes\\)</span>")
                .matcher(deskHtml);
        assertThat(deskLink.find()).as("the desk lists the file with its size").isTrue();
        assertDownload(
                mvc.perform(get(deskLink.group(1)).with(agent.signedIn()))
                        .andReturn()
                        .getResponse(),
                pdf);

        var customerPage = "/tickets/" + ticket.number().value();
        var customerHtml = html(get(customerPage).param("key", ticket.accessKey()));
        assertThat(customerHtml)
                .contains("href=\"" + customerPage + "/attachments/" + deskLink.group(2) + "?key=" + ticket.accessKey()
                        + "\">Offerte 2026.pdf</a>");
        assertDownload(
                mvc.perform(get(customerPage + "/attachments/" + deskLink.group(2))
                                .param("key", ticket.accessKey()))
                        .andReturn()
                        .getResponse(),
                pdf);

        var mail = jdbc.queryForObject(
                "select text_body from mail_outbox where recipient = ? and kind = 'ticket-reply'",
                String.class,
                customerEmail);
        assertThat(mail)
                .contains("Bijlagen bij dit antwoord")
                .containsPattern("- Offerte 2026.pdf \\(\\d+ bytes\\): https://loket.test" + customerPage
                        + "/attachments/" + deskLink.group(2) + "\\?key=\\S+");
    }

    @Test
    void a_file_on_an_internal_note_is_for_staff_only_and_the_customer_can_neither_see_nor_fetch_it() throws Exception {
        var secret = ("wachtwoorden van de server " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(page + "/note")
                .file(new MockMultipartFile("noteFiles", "intern-logboek.txt", "text/plain", secret))
                .param("text", "Zie het logboek.")
                .with(agent.signedIn())
                .with(csrf()));

        var deskLink = Pattern.compile("href=\"(" + page + "/attachments/(\\d+))\">intern-logboek.txt</a>")
                .matcher(html(get(page).with(agent.signedIn())));
        assertThat(deskLink.find()).as("the desk lists the note's file").isTrue();
        assertDownload(
                mvc.perform(get(deskLink.group(1)).with(agent.signedIn()))
                        .andReturn()
                        .getResponse(),
                secret);

        var customerPage = "/tickets/" + ticket.number().value();
        assertThat(html(get(customerPage).param("key", ticket.accessKey())))
                .doesNotContain("intern-logboek.txt", "Zie het logboek.");
        assertThat(mvc.perform(get(customerPage + "/attachments/" + deskLink.group(2))
                                .param("key", ticket.accessKey()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_refused_file_on_a_reply_or_a_note_says_why_next_to_the_form_and_keeps_the_text() throws Exception {
        var reply = mvc.perform(multipart(page + "/reply")
                        .file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", exe()))
                        .param("text", "Installeer dit programma.")
                        .with(agent.signedIn())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(reply.getStatus()).isEqualTo(400);
        assertThat(reply.getContentAsString())
                .contains("setup.exe: dit bestandstype is niet toegestaan")
                .contains("Installeer dit programma.</textarea>")
                .contains("Kies je bestanden opnieuw");

        var note = mvc.perform(multipart(page + "/note")
                        .file(new MockMultipartFile("noteFiles", "tool.exe", "application/octet-stream", exe()))
                        .param("text", "Notitie met een programma.")
                        .param("lang", "en")
                        .with(agent.signedIn())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(note.getStatus()).isEqualTo(400);
        assertThat(note.getContentAsString())
                .contains("tool.exe: this file type is not allowed")
                .contains("Notitie met een programma.</textarea>");

        assertThat(jdbc.queryForObject(
                        "select count(*) from ticket_message m join ticket t on t.id = m.ticket_id where t.number = ?",
                        Long.class,
                        ticket.number().value()))
                .as("only the customer's question is there")
                .isOne();
    }

    @Test
    void another_tickets_file_or_an_unknown_id_is_not_found_at_the_desk() throws Exception {
        var other = desk.open(
                TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("ander"), "Ander ticket", "Vraag"),
                java.util.List.of(nl.loket.tickets.attachments.Upload.of(
                        "ander.txt", "text/plain", ("ander " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))));
        var otherFile = desk.find(other.number(), new nl.loket.tickets.TicketAccess.Key(other.accessKey()))
                .orElseThrow()
                .conversation()
                .getFirst()
                .files()
                .getFirst()
                .id();

        assertThat(mvc.perform(get(page + "/attachments/" + otherFile).with(agent.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(page + "/attachments/999999999").with(agent.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static void assertDownload(MockHttpServletResponse download, byte[] content) {
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(content);
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + UUID.randomUUID()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] exe() {
        var bytes = new byte[128];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }
}
