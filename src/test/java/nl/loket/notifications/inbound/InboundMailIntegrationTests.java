package nl.loket.notifications.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import nl.loket.notifications.inbound.InboundMailReader.Poll;
import nl.loket.notifications.inbound.InboundMailSettings.AfterHandling;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.InboundMessage;
import nl.loket.tickets.TicketMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The reader against a real IMAP server (GreenMail, in this JVM) and the real database: mails are
 * delivered to a mailbox, a poll runs, and the test looks at what the ticket module received, where
 * the mails went on the server and what the log says. Each test has a mailbox of its own, so the
 * leases and log lines of different tests never meet. The reader is made here, once per "node".
 */
@DatabaseTest
@LoketIntegrationTest
class InboundMailIntegrationTests {

    private static final int IMAP_PORT = TestMailboxes.IMAP_PORT;
    private static final String PASSWORD = TestMailboxes.PASSWORD;

    @RegisterExtension
    static final GreenMailExtension imap =
            new GreenMailExtension(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));

    @Autowired
    MailboxLease lease;

    @Autowired
    MailIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final RecordingTicketMailbox tickets = new RecordingTicketMailbox();
    private String login;
    private GreenMailUser user;

    @BeforeEach
    void mailbox() {
        login = "support-" + UUID.randomUUID().toString().substring(0, 8);
        user = imap.setUser(login + "@zeewind.example", login, PASSWORD);
    }

    @Test
    void a_reply_reaches_the_ticket_module_and_is_moved_read_to_the_processed_folder() throws Exception {
        var id = deliver("gmail-en-reply.eml");

        var poll = node().poll();

        assertThat(poll).isEqualTo(new Poll(Poll.Status.READ, 1, 0, 0));
        var message = onlyReceived();
        assertThat(message.messageId()).isEqualTo(id);
        assertThat(message.ticketToken()).isEqualTo(SampleMails.TOKEN);
        assertThat(message.ticketNumber()).isEqualTo("1234-5678");
        assertThat(message.text()).startsWith("Hi,\n\nThanks, that worked.").doesNotContain("Dear customer");
        assertThat(message.attachments()).singleElement().satisfies(pdf -> assertThat(pdf.filename())
                .isEqualTo("Overzicht back-up – maart.pdf"));
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).containsExactly("read: Re: [#1234-5678] Restore request");
        assertThat(log()).containsExactly("ADDED_TO_TICKET 1234-5678 null");
    }

    @Test
    void a_new_question_opens_a_ticket() throws Exception {
        deliver("new-question-8bit.eml");

        node().poll();

        assertThat(onlyReceived().ticketToken()).isNull();
        assertThat(log()).containsExactly("OPENED_TICKET " + RecordingTicketMailbox.NEW_TICKET + " null");
    }

    @Test
    void a_second_poll_and_a_second_node_never_hand_the_same_mail_over_again() throws Exception {
        var first = node();
        var id = deliver("outlook-nl-reply.eml");
        first.poll();
        assertThat(first.poll()).isEqualTo(new Poll(Poll.Status.READ, 0, 0, 0));

        // The same mail arrives once more (sent to two aliases of the mailbox): same Message-ID.
        deliver("outlook-nl-reply.eml", id);
        var poll = node().poll();

        assertThat(poll.handled()).as("moved as handled").isOne();
        assertThat(tickets.received()).hasSize(1);
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).hasSize(2);
        assertThat(log()).hasSize(1);
    }

    @Test
    void a_mail_handed_over_by_a_node_that_died_before_moving_it_is_only_moved_by_the_next_node() throws Exception {
        deliver("apple-mail-nl-iphone.eml");
        var reader = node();
        // Node A hands the mail over and dies before it can move the mail on the server.
        assertThat(intake.take(reader.settings().mailboxName(), downloadOnly(), tickets, reader.settings()))
                .isEqualTo(MailIntake.Disposition.HANDLED);
        assertThat(folder("INBOX")).hasSize(1);

        var poll = reader.poll();

        assertThat(poll.handled()).isOne();
        assertThat(tickets.received()).hasSize(1);
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).hasSize(1);
        assertThat(log()).hasSize(1);
    }

    @Test
    void two_nodes_polling_at_the_same_time_hand_each_mail_over_once() throws Exception {
        var ids = new HashSet<String>();
        for (int i = 0; i < 12; i++) {
            ids.add(deliver(i % 2 == 0 ? "thunderbird-en-flowed.eml" : "new-question-8bit.eml"));
        }
        var nodes = List.of(node(), node());
        var start = new CyclicBarrier(nodes.size());

        try (var threads = Executors.newFixedThreadPool(nodes.size())) {
            var results = new ArrayList<java.util.concurrent.Future<?>>();
            for (var node : nodes) {
                results.add(threads.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20 && !folder("INBOX").isEmpty(); round++) {
                        node.poll();
                    }
                    return null;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }

        assertThat(tickets.received()).extracting(InboundMessage::messageId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).hasSize(12);
    }

    @Test
    void a_node_that_died_holding_the_mailbox_blocks_it_only_until_its_lease_runs_out() throws Exception {
        deliver("new-question-8bit.eml");
        var settings = settings();
        lease.claim(settings.mailboxName(), "node-that-died", clock.instant(), settings.lease());

        assertThat(node().poll().status()).isEqualTo(Poll.Status.BUSY);
        assertThat(folder("INBOX")).hasSize(1);

        var later = Clock.offset(clock, settings.lease().plusSeconds(1));
        var poll = new InboundMailReader(settings, lease, intake, handler(tickets), later).poll();

        assertThat(poll.handled()).isOne();
        assertThat(folder("INBOX")).isEmpty();
    }

    @Test
    void auto_replies_and_bounces_are_logged_with_their_reason_and_set_aside_read() throws Exception {
        deliver("auto-reply-outlook-nl.eml");
        deliver("vacation-gmail-en.eml");
        deliver("bounce-postfix.eml");

        var poll = node().poll();

        assertThat(poll).isEqualTo(new Poll(Poll.Status.READ, 0, 3, 0));
        assertThat(tickets.received()).isEmpty();
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Genegeerd"))
                .containsExactlyInAnyOrder(
                        "read: Automatisch antwoord: [#1234-5678] Uw ticket is ontvangen",
                        "read: Out of office",
                        "read: Undelivered Mail Returned to Sender");
        assertThat(log())
                .containsExactlyInAnyOrder(
                        "IGNORED null auto-reply (Auto-Submitted: auto-generated)",
                        "IGNORED null auto-reply (Auto-Submitted: auto-replied)",
                        "IGNORED null auto-reply (Auto-Submitted: auto-replied)");
    }

    @Test
    void a_mail_from_lokets_own_sender_address_is_ignored() throws Exception {
        deliverText("Loket Helpdesk <helpdesk@loket.invalid>", "Re: [#1234-5678] Uw vraag", "");

        node().poll();

        assertThat(tickets.received()).isEmpty();
        assertThat(log()).containsExactly("IGNORED null sent by Loket itself (helpdesk@loket.invalid)");
        assertThat(folder("Genegeerd")).hasSize(1);
    }

    @Test
    void a_sender_over_the_hourly_cap_is_set_aside_so_a_mail_loop_ends() throws Exception {
        var sender = "autoresponder-" + UUID.randomUUID().toString().substring(0, 8) + "@klant.example";
        for (int i = 1; i <= 5; i++) {
            deliverText(sender, "Re: [#1234-5678] Bericht " + i, "");
        }
        var capped = new InboundMailReader(
                settings(AfterHandling.MOVE, 3, DataSize.ofMegabytes(1)), lease, intake, handler(tickets), clock);

        assertThat(capped.poll()).isEqualTo(new Poll(Poll.Status.READ, 3, 2, 0));

        assertThat(tickets.received())
                .extracting(InboundMessage::subject)
                .containsExactly(
                        "Re: [#1234-5678] Bericht 1", "Re: [#1234-5678] Bericht 2", "Re: [#1234-5678] Bericht 3");
        assertThat(log())
                .endsWith(
                        "IGNORED null more than 3 mails from this sender in the last hour (mail loop?)",
                        "IGNORED null more than 3 mails from this sender in the last hour (mail loop?)");
    }

    @Test
    void when_the_ticket_module_fails_the_mail_is_set_aside_unread_logged_and_its_work_rolled_back() throws Exception {
        var probe = "rollback-probe-" + UUID.randomUUID();
        tickets.doing(message -> jdbc.update("insert into mail_inbound_lease (mailbox) values (?)", probe));
        tickets.failOn("Website geeft foutmelding");
        deliver("outlook-nl-reply.eml");
        var reader = node();

        assertThat(reader.poll()).isEqualTo(new Poll(Poll.Status.READ, 0, 0, 1));

        assertThat(tickets.received()).hasSize(1);
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Mislukt"))
                .containsExactly("unread: RE: [#1234-5678] Website geeft foutmelding 500 – opgelost?");
        assertThat(log())
                .containsExactly(
                        "FAILED null the ticket module failed on it: IllegalStateException: Ticket store unavailable");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_inbound_lease where mailbox = ?", Integer.class, probe))
                .as("the ticket module's own work is rolled back with the handover")
                .isZero();

        reader.poll();
        assertThat(tickets.received()).as("not tried again").hasSize(1);
    }

    @Test
    void a_mail_the_ticket_module_refuses_is_logged_with_its_reason_set_aside_and_never_handed_over_again()
            throws Exception {
        tickets.refuseOn("Restore request");
        var id = deliver("gmail-en-reply.eml");
        var reader = node();

        assertThat(reader.poll()).isEqualTo(new Poll(Poll.Status.READ, 0, 1, 0));
        deliver("gmail-en-reply.eml", id);
        reader.poll();

        assertThat(tickets.received()).hasSize(1);
        assertThat(folder("Genegeerd")).hasSize(2);
        assertThat(log()).containsExactly("REFUSED null sender blocked");
    }

    @Test
    void a_failed_mail_an_administrator_puts_back_in_the_inbox_is_read_again() throws Exception {
        tickets.failOn("Website geeft foutmelding");
        deliver("outlook-nl-reply.eml");
        var reader = node();
        reader.poll();

        tickets.failOn("\u0000never");
        moveBack("Mislukt");
        reader.poll();

        assertThat(tickets.received()).hasSize(2);
        assertThat(folder("Verwerkt")).hasSize(1);
        assertThat(log()).hasSize(2).last().isEqualTo("ADDED_TO_TICKET 1234-5678 null");
    }

    @Test
    void a_mail_without_a_sender_is_set_aside_as_failed() throws Exception {
        deliverRaw("To: " + login + "@zeewind.example\r\nSubject: Zonder afzender\r\nMessage-ID: <" + UUID.randomUUID()
                + "@x.example>\r\n\r\nTekst\r\n");

        node().poll();

        assertThat(tickets.received()).isEmpty();
        assertThat(folder("Mislukt")).containsExactly("unread: Zonder afzender");
        assertThat(log()).containsExactly("FAILED null no sender address");
    }

    @Test
    void a_mail_larger_than_the_maximum_is_set_aside_without_being_read() throws Exception {
        deliverText("Jan <jan@klant.example>", "Grote bijlage", "x".repeat(20_000));
        var small = new InboundMailReader(
                settings(AfterHandling.MOVE, 20, DataSize.ofKilobytes(8)), lease, intake, handler(tickets), clock);

        assertThat(small.poll().failed()).isOne();

        assertThat(tickets.received()).isEmpty();
        assertThat(folder("Mislukt")).containsExactly("unread: Grote bijlage");
        assertThat(log())
                .singleElement()
                .asString()
                .startsWith("FAILED null larger (")
                .contains("max-size (8192 bytes)");
    }

    @Test
    void with_after_handling_delete_a_handled_mail_is_gone_from_the_server_but_not_from_the_log() throws Exception {
        deliver("thunderbird-en-flowed.eml");
        var deleting = new InboundMailReader(
                settings(AfterHandling.DELETE, 20, DataSize.ofMegabytes(1)), lease, intake, handler(tickets), clock);

        deleting.poll();

        assertThat(tickets.received()).hasSize(1);
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Verwerkt")).isEmpty();
        assertThat(log()).containsExactly("ADDED_TO_TICKET 9753-1864 null");
    }

    @Test
    void without_a_ticket_module_the_mailbox_is_left_alone() throws Exception {
        deliver("new-question-8bit.eml");
        ObjectProvider<TicketMailbox> none = new StaticListableBeanFactory().getBeanProvider(TicketMailbox.class);

        var poll = new InboundMailReader(settings(), lease, intake, none, clock).poll();

        assertThat(poll.status()).isEqualTo(Poll.Status.NO_HANDLER);
        assertThat(folder("INBOX")).containsExactly("unread: Vraag over SSL-certificaat voor één domein");
        assertThat(log()).isEmpty();
    }

    @Test
    void a_wrong_password_is_recorded_as_the_last_error_and_leaves_the_mailbox_free() throws Exception {
        var settings = settings();
        var wrong = new InboundMailSettings(
                settings.host(),
                settings.port(),
                settings.protocol(),
                settings.username(),
                "niet-het-wachtwoord",
                settings.folder(),
                settings.pollInterval(),
                settings.afterHandling(),
                settings.processedFolder(),
                settings.ignoredFolder(),
                settings.failedFolder(),
                settings.maxSize(),
                settings.maxPerSenderPerHour(),
                settings.batchSize(),
                settings.lease(),
                settings.timeout());

        var poll = new InboundMailReader(wrong, lease, intake, handler(tickets), clock).poll();

        assertThat(poll.status()).isEqualTo(Poll.Status.ERROR);
        var state = lease.state(settings.mailboxName()).orElseThrow();
        assertThat(state.lastError()).contains("AuthenticationFailedException");
        assertThat(state.heldBy()).isNull();
        assertThat(node().poll().status()).as("the next poll may try at once").isEqualTo(Poll.Status.READ);
    }

    // --- the mailbox and the reader

    private InboundMailSettings settings() {
        return settings(AfterHandling.MOVE, 1000, DataSize.ofMegabytes(1));
    }

    private InboundMailSettings settings(AfterHandling afterHandling, int perSenderPerHour, DataSize maxSize) {
        return TestMailboxes.settings(login, afterHandling, perSenderPerHour, maxSize);
    }

    /** A reader as one app node has it. */
    private InboundMailReader node() {
        return new InboundMailReader(settings(), lease, intake, handler(tickets), clock);
    }

    private static ObjectProvider<TicketMailbox> handler(TicketMailbox mailbox) {
        return TestMailboxes.handler(mailbox);
    }

    private InboundMessage onlyReceived() {
        assertThat(tickets.received()).hasSize(1);
        return tickets.received().getFirst();
    }

    /** Delivers a sample mail under a new Message-ID, which it returns. */
    private String deliver(String sample) throws Exception {
        return deliver(sample, UUID.randomUUID() + "@test.example");
    }

    private String deliver(String sample, String messageId) throws Exception {
        var text = new String(SampleMails.bytes(sample), StandardCharsets.UTF_8)
                .replaceFirst("(?im)^Message-I[dD]: [^\r\n]+", "Message-ID: <" + messageId + ">");
        deliverRaw(text);
        return messageId;
    }

    private void deliverText(String from, String subject, String body) throws Exception {
        deliverRaw("From: " + from + "\r\nTo: " + login + "@zeewind.example\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + UUID.randomUUID() + "@klant.example>\r\nContent-Type: text/plain; charset=UTF-8"
                + "\r\n\r\nHallo,\r\n\r\nDit is bericht \"" + subject + "\".\r\n" + body + "\r\n");
    }

    private void deliverRaw(String text) throws Exception {
        user.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** The mail as node A downloads it, without moving it. */
    private byte[] downloadOnly() throws Exception {
        try (var store = connect()) {
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            var raw = ImapMailbox.download(inbox.getMessage(1));
            inbox.close(false);
            return raw;
        }
    }

    /** The mails in a folder as "read: subject" or "unread: subject"; empty when there is no such folder. */
    private List<String> folder(String name) throws Exception {
        try (var store = connect()) {
            var folder = store.getFolder(name);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            var mails = new ArrayList<String>();
            for (var message : folder.getMessages()) {
                // From the header: GreenMail cannot build an IMAP envelope for "To: undisclosed-recipients:;".
                // No header: another node moved the mail meanwhile.
                var header = message.getHeader("Subject");
                if (header != null && !message.isSet(Flags.Flag.DELETED)) {
                    var subject =
                            MimeUtility.decodeText(MimeUtility.unfold(header[0]).strip());
                    mails.add((message.isSet(Flags.Flag.SEEN) ? "read: " : "unread: ") + subject);
                }
            }
            folder.close(false);
            return mails;
        }
    }

    private void moveBack(String from) throws Exception {
        try (var store = connect()) {
            var folder = store.getFolder(from);
            folder.open(Folder.READ_WRITE);
            var messages = folder.getMessages();
            folder.copyMessages(messages, store.getFolder("INBOX"));
            folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
            folder.close(true);
        }
    }

    private Store connect() throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", IMAP_PORT, login, PASSWORD);
        return store;
    }

    /** The log lines of this test's mailbox as "OUTCOME ticket detail", oldest first. */
    private List<String> log() {
        return jdbc.query(
                "select outcome, ticket_number, detail from mail_inbound_log where mailbox = ? order by id",
                (row, number) ->
                        row.getString("outcome") + " " + row.getString("ticket_number") + " " + row.getString("detail"),
                settings().mailboxName());
    }
}
