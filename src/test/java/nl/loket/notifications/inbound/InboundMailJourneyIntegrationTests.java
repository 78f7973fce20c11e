package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.notifications.SentMails;
import nl.loket.notifications.inbound.InboundMailReader.Poll;
import nl.loket.notifications.inbound.InboundMailSettings.AfterHandling;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Mail both ways with nothing stood in: a guest's question on the form, the confirmation over SMTP,
 * the guest's answer with a PDF delivered to the support mailbox at the confirmation's reply
 * address, read over IMAP by the reader with the real ticket module behind it, and the result as
 * the guest sees it on the private link. Also: an out-of-office answer to that address changes
 * nothing and sends nothing (no mail loop), and a mail that matches no ticket opens one and is
 * confirmed.
 */
@DatabaseTest
@LoketIntegrationTest
class InboundMailJourneyIntegrationTests {

    private static final int SMTP_PORT = 3925;
    private static final int IMAP_PORT = TestMailboxes.IMAP_PORT;
    private static final String PASSWORD = TestMailboxes.PASSWORD;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern LINK =
            Pattern.compile("https://loket\\.test(/tickets/\\d{4}-\\d{4}\\?key=[A-Za-z0-9_-]+)");
    private static final Pattern ATTACHMENT_LINK =
            Pattern.compile("href=\"(/tickets/\\d{4}-\\d{4}/attachments/[^\"]+)\"[^>]*>\\s*([^<]+)");

    /** A minimal PDF, enough for the content check of the attachment policy. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
    });

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketMailbox tickets;

    @Autowired
    MailboxLease lease;

    @Autowired
    MailIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private String login;
    private GreenMailUser supportMailbox;

    @BeforeEach
    void mailbox() {
        login = "support-" + UUID.randomUUID().toString().substring(0, 8);
        supportMailbox = mail.setUser(login + "@loket.invalid", login, PASSWORD);
    }

    @Test
    void a_guest_answers_the_confirmation_by_mail_with_a_pdf_and_sees_both_on_the_private_link() throws Exception {
        var guestAddress = TicketFixtures.uniqueAddress("pdf").value();
        var number = submit(guestAddress, "Foutmelding bij het uploaden");
        var confirmation = onlyMailTo(guestAddress);
        var link = LINK.matcher(SentMails.text(confirmation));
        assertThat(link.find()).as("private link in the confirmation").isTrue();

        var reply = reply(confirmation, guestAddress);
        reply.setContent(new MimeMultipart(
                text("Hierbij de foutmelding als PDF. Het gebeurt bij elk bestand groter dan 2 MB.\n\n"
                        + "Met vriendelijke groet,\nMarloes\n\n"
                        + "Op 22 nov. 2026 om 10:12 schreef Team Loket Support <" + replyAddress(confirmation) + ">:\n"
                        + "> Wij hebben uw vraag ontvangen.\n"),
                file("foutmelding upload.pdf", "application/pdf", PDF)));
        supportMailbox.deliver(saved(reply));

        assertThat(reader().poll()).isEqualTo(new Poll(Poll.Status.READ, 1, 0, 0));

        var page = new WebSession(port).get(link.group(1)).body();
        assertThat(page)
                .contains("Het gebeurt bij elk bestand groter dan 2 MB.")
                .doesNotContain("Wij hebben uw vraag ontvangen.");
        var attachment = ATTACHMENT_LINK.matcher(page);
        assertThat(attachment.find())
                .as("the PDF is listed on the private page")
                .isTrue();
        assertThat(attachment.group(2).strip()).isEqualTo("foutmelding upload.pdf");
        var download = download(attachment.group(1).replace("&amp;", "&"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(PDF);

        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).containsExactly("Re: " + confirmation.getSubject());
        assertThat(log()).containsExactly("ADDED_TO_TICKET " + number);
    }

    @Test
    void an_out_of_office_answer_to_a_ticket_mail_changes_nothing_and_is_not_answered() throws Exception {
        var guestAddress = TicketFixtures.uniqueAddress("afwezig").value();
        var number = submit(guestAddress, "Verlengen van mijn domein");
        var confirmation = onlyMailTo(guestAddress);
        var link = LINK.matcher(SentMails.text(confirmation));
        assertThat(link.find()).isTrue();
        var before = messagesAndHistoryOf(number);

        var outOfOffice = reply(confirmation, guestAddress);
        outOfOffice.setSubject("Automatisch antwoord: " + confirmation.getSubject(), "UTF-8");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.setText("Ik ben tot en met 30 november afwezig en lees mijn mail daarna.", "UTF-8");
        supportMailbox.deliver(saved(outOfOffice));

        reader().poll();

        assertThat(new WebSession(port).get(link.group(1)).body()).doesNotContain("afwezig en lees mijn mail");
        assertThat(messagesAndHistoryOf(number))
                .as("messages and history lines")
                .isEqualTo(before);
        assertThat(SentMails.to(context, mail, guestAddress))
                .as("no answer to the auto-reply")
                .hasSize(1);
        assertThat(folder("Genegeerd")).hasSize(1);
        assertThat(log()).singleElement().satisfies(line -> assertThat(line).startsWith("IGNORED"));
    }

    @Test
    void a_mail_that_matches_no_ticket_opens_one_and_its_sender_gets_the_confirmation() throws Exception {
        var sender = TicketFixtures.uniqueAddress("nieuw").value();
        var question = new MimeMessage(Session.getInstance(new Properties()));
        question.setFrom(new InternetAddress(sender, "Joost Mulder", "UTF-8"));
        question.setRecipient(Message.RecipientType.TO, new InternetAddress("helpdesk@loket.invalid"));
        question.setSubject("SSL-certificaat verlopen?", "UTF-8");
        question.setText("Mijn browser zegt dat het certificaat van mijn webwinkel verlopen is.", "UTF-8");
        question.setHeader("Message-ID", "<" + UUID.randomUUID() + "@klant.example>");
        supportMailbox.deliver(saved(question));

        reader().poll();

        assertThat(log()).singleElement().satisfies(line -> assertThat(line).startsWith("OPENED_TICKET "));
        var number = log().getFirst().substring("OPENED_TICKET ".length());
        var confirmation = onlyMailTo(sender);
        assertThat(confirmation.getSubject()).contains("[#" + number + "]").contains("SSL-certificaat verlopen?");
        var link = LINK.matcher(SentMails.text(confirmation));
        assertThat(link.find()).isTrue();
        assertThat(new WebSession(port).get(link.group(1)).body())
                .contains("Mijn browser zegt dat het certificaat van mijn webwinkel verlopen is.");
    }

    // --- the guest, their mails and the reader

    private String submit(String email, String subject) {
        var guest = new WebSession(port);
        var form = CSRF.matcher(guest.get("/tickets/new").body());
        assertThat(form.find()).isTrue();
        var sent = guest.postForm(
                "/tickets/new",
                Map.of(
                        "department",
                        "techniek",
                        "subject",
                        subject,
                        "message",
                        "Graag hulp met: " + subject.toLowerCase(java.util.Locale.ROOT) + ".",
                        "email",
                        email,
                        "name",
                        "Marloes de Wit",
                        "website",
                        "",
                        "_csrf",
                        form.group(1)));
        assertThat(sent.statusCode()).isEqualTo(302);
        return sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/tickets/(\\d{4}-\\d{4}).*", "$1");
    }

    private MimeMessage onlyMailTo(String address) {
        var mails = SentMails.to(context, mail, address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String replyAddress(MimeMessage confirmation) throws Exception {
        return ((InternetAddress) confirmation.getReplyTo()[0]).getAddress();
    }

    /** An answer to a ticket mail as a mail program makes it: to the reply address, in the thread. */
    private static MimeMessage reply(MimeMessage original, String from) throws Exception {
        var reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(from, "Marloes de Wit", "UTF-8"));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(replyAddress(original)));
        reply.setSubject("Re: " + original.getSubject(), "UTF-8");
        reply.setHeader("In-Reply-To", SentMails.header(original, "Message-ID"));
        reply.setHeader("References", SentMails.header(original, "Message-ID"));
        reply.setHeader("Message-ID", "<" + UUID.randomUUID() + "@klant.example>");
        return reply;
    }

    private static MimeBodyPart text(String text) throws Exception {
        var part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private static MimeBodyPart file(String name, String type, byte[] content) throws Exception {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static MimeMessage saved(MimeMessage message) throws Exception {
        // Keep the Message-ID set above: saveChanges would replace it with a generated one.
        var id = message.getHeader("Message-ID", null);
        message.saveChanges();
        message.setHeader("Message-ID", id);
        return message;
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** A reader as one app node has it, pointed at this test's mailbox, with the real ticket module. */
    private InboundMailReader reader() {
        return new InboundMailReader(settings(), lease, intake, TestMailboxes.handler(tickets), clock);
    }

    private InboundMailSettings settings() {
        return TestMailboxes.settings(login, AfterHandling.MOVE, 20, DataSize.ofMegabytes(5));
    }

    private List<String> folder(String name) throws Exception {
        try (var store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, login, PASSWORD);
            var folder = store.getFolder(name);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            var subjects = new ArrayList<String>();
            for (var message : folder.getMessages()) {
                subjects.add(message.getSubject());
            }
            folder.close(false);
            return subjects;
        }
    }

    private List<Integer> messagesAndHistoryOf(String number) {
        return List.of(
                jdbc.queryForObject(
                        "select count(*) from ticket_message m join ticket t on t.id = m.ticket_id where t.number = ?",
                        Integer.class,
                        number),
                jdbc.queryForObject(
                        "select count(*) from ticket_history h join ticket t on t.id = h.ticket_id where t.number = ?",
                        Integer.class,
                        number));
    }

    /** This mailbox's log lines as "OUTCOME ticket". */
    private List<String> log() {
        return jdbc.query(
                "select outcome, ticket_number from mail_inbound_log where mailbox = ? order by id",
                (row, index) -> row.getString("outcome") + " " + row.getString("ticket_number"),
                settings().mailboxName());
    }
}
