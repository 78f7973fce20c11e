package nl.loket.notifications;

import static nl.loket.notifications.MailTestData.idOfMailTo;
import static nl.loket.notifications.MailTestData.someAccount;
import static nl.loket.notifications.MailTestData.uniqueRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.loket.accounts.EmailChangeRequested;
import nl.loket.accounts.EmailConfirmationRequested;
import nl.loket.accounts.PasswordResetRequested;
import nl.loket.accounts.SecurityNoticeRequired;
import nl.loket.accounts.StaffInvited;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails travel over real SMTP to GreenMail on the port application-test.properties configures. The
 * timer is off in tests: each test drives the sender itself, with the moment it wants.
 */
@DatabaseTest
@LoketIntegrationTest
class MailDeliveryIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<JavaMailSender> mailServer;

    @Autowired
    MailSettings settings;

    @Autowired
    Clock clock;

    /** One expected mail: to whom, in which language, starting its subject how, with which link. */
    record Expected(EmailAddress to, Language language, String subjectStart, @Nullable String path) {}

    @Test
    void every_account_mail_arrives_from_the_account_sender_in_its_language_with_text_html_and_an_absolute_link()
            throws Exception {
        var expected = new ArrayList<Expected>();
        var confirm = new Expected(
                uniqueRecipient("confirm"),
                Language.NL,
                "Bevestig je e-mailadres",
                "/register/confirm?token=c1&next=%2Fportal");
        publish(new EmailConfirmationRequested(
                someAccount(), confirm.to(), "Jan", confirm.language(), confirm.path(), 24));
        expected.add(confirm);
        var invite =
                new Expected(uniqueRecipient("invite"), Language.EN, "Your staff account", "/password/set?token=i1");
        publish(new StaffInvited(someAccount(), invite.to(), "Kim", invite.language(), invite.path(), 48));
        expected.add(invite);
        var reset = new Expected(
                uniqueRecipient("reset"), Language.NL, "Stel een nieuw wachtwoord in", "/password/reset?token=r1");
        publish(new PasswordResetRequested(
                someAccount(), reset.to(), "Jan", reset.language(), reset.path(), 60, false));
        expected.add(reset);
        var forced = new Expected(
                uniqueRecipient("forced"), Language.EN, "Choose a new password", "/password/reset?token=r2");
        publish(new PasswordResetRequested(
                someAccount(), forced.to(), "Kim", forced.language(), forced.path(), 60, true));
        expected.add(forced);
        var newAddress = new Expected(
                uniqueRecipient("new"),
                Language.EN,
                "Confirm your new e-mail address",
                "/portal/email/confirm?token=e1");
        var oldAddress = new Expected(
                uniqueRecipient("old"), Language.EN, "Your e-mail address at Loket is being changed", null);
        publish(new EmailChangeRequested(
                someAccount(), oldAddress.to(), newAddress.to(), "Kim", Language.EN, newAddress.path(), 24));
        expected.add(newAddress);
        expected.add(oldAddress);
        for (var kind : SecurityNoticeRequired.Kind.values()) {
            var language = kind.ordinal() % 2 == 0 ? Language.NL : Language.EN;
            var notice = new Expected(uniqueRecipient("notice"), language, "", null);
            publish(new SecurityNoticeRequired(someAccount(), notice.to(), "Jan", language, kind));
            expected.add(notice);
        }

        deliverAll(clock.instant());

        for (var mail : expected) {
            var message = onlyMessageTo(mail.to());
            assertThat(message.getFrom()).containsExactly(new InternetAddress("Loket <account@loket.invalid>"));
            assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Loket");
            assertThat(message.getHeader("Content-Language"))
                    .containsExactly(mail.language().code());
            assertThat(message.getSubject()).startsWith(mail.subjectStart());
            assertThat(message.getSentDate()).isNotNull();
            assertThat(message.getMessageID())
                    .isEqualTo(administration
                            .find(idOfMailTo(jdbc, mail.to()))
                            .orElseThrow()
                            .messageId());
            var text = part(message, "text/plain");
            var html = part(message, "text/html");
            assertThat(text).startsWith(mail.language() == Language.NL ? "Hallo " : "Hello ");
            assertThat(html).contains("<html lang=\"" + mail.language().code() + "\"");
            if (mail.path() != null) {
                var link = "https://loket.test" + mail.path();
                assertThat(text).contains(link);
                assertThat(html).contains("href=\"" + link.replace("&", "&amp;") + "\"");
            } else {
                assertThat(text).doesNotContain("https://loket.test");
                assertThat(html).doesNotContain("href=");
            }
        }
    }

    @Test
    void each_purpose_sends_from_its_own_identity() throws Exception {
        var content = new RenderedMail("Test", "Tekst", "<p>Tekst</p>");
        var expectedSenders = Map.of(
                MailPurpose.ACCOUNT, "account@loket.invalid",
                MailPurpose.SUPPORT, "helpdesk@loket.invalid",
                MailPurpose.BILLING, "administratie@loket.invalid",
                MailPurpose.HOSTING, "hosting@loket.invalid");
        var recipients = new java.util.EnumMap<MailPurpose, EmailAddress>(MailPurpose.class);
        for (var purpose : MailPurpose.values()) {
            recipients.put(purpose, uniqueRecipient(purpose.name().toLowerCase(java.util.Locale.ROOT)));
            outbox.queue(purpose, "test", recipients.get(purpose), Language.NL, content);
        }

        deliverAll(clock.instant());

        for (var purpose : MailPurpose.values()) {
            var from = (InternetAddress) onlyMessageTo(recipients.get(purpose)).getFrom()[0];
            assertThat(from.getAddress()).as(purpose.name()).isEqualTo(expectedSenders.get(purpose));
        }
    }

    @Test
    void a_mail_queued_while_the_mail_server_is_down_arrives_once_it_is_back_with_backoff_recorded() throws Exception {
        var recipient = uniqueRecipient("down");
        publish(new PasswordResetRequested(
                someAccount(), recipient, "Jan", Language.NL, "/password/reset?token=d1", 60, false));
        var id = idOfMailTo(jdbc, recipient);
        smtp.stop();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        deliverAll(now);
        var afterFirst = administration.find(id).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(OutboxEntry.Status.WAITING);
        assertThat(afterFirst.attempts()).isOne();
        assertThat(afterFirst.lastError()).isNotBlank();
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        deliverAll(now.plusSeconds(30));
        assertThat(administration.find(id).orElseThrow().attempts())
                .as("not due yet")
                .isOne();

        var second = now.plus(Duration.ofMinutes(1));
        deliverAll(second);
        var afterSecond = administration.find(id).orElseThrow();
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));

        smtp.start();
        deliverAll(second.plus(Duration.ofMinutes(2)));

        assertThat(onlyMessageTo(recipient).getSubject()).startsWith("Stel een nieuw wachtwoord in");
        var sent = administration.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void a_mail_that_keeps_failing_is_given_up_on_and_can_be_sent_again_by_an_administrator() throws Exception {
        var recipient = uniqueRecipient("given-up");
        publish(new SecurityNoticeRequired(
                someAccount(), recipient, "Jan", Language.EN, SecurityNoticeRequired.Kind.PASSWORD_CHANGED));
        var id = idOfMailTo(jdbc, recipient);
        smtp.stop();
        var moment = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            deliverAll(moment);
            moment = moment.plus(settings.maxRetry()).plusSeconds(1);
        }

        var failed = administration.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(failed.failedAt()).isNotNull();
        deliverAll(moment.plus(Duration.ofDays(1)));
        assertThat(administration.find(id).orElseThrow().attempts())
                .as("no more attempts")
                .isEqualTo(settings.maxAttempts());

        smtp.start();
        assertThat(administration.sendAgain(id)).isTrue();
        deliverAll(clock.instant());

        assertThat(onlyMessageTo(recipient).getSubject()).isEqualTo("Your password at Loket was changed");
        assertThat(administration.find(id).orElseThrow().status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(administration.sendAgain(id))
                .as("a sent mail is not sent again")
                .isFalse();
    }

    @Test
    void two_nodes_polling_at_the_same_time_send_each_mail_once() throws Exception {
        var recipients = new ArrayList<EmailAddress>();
        for (int i = 0; i < 60; i++) {
            var recipient = uniqueRecipient("race" + i);
            recipients.add(recipient);
            outbox.queue(
                    MailPurpose.SUPPORT,
                    "race",
                    recipient,
                    Language.NL,
                    new RenderedMail("Race", "Tekst", "<p>Tekst</p>"));
        }
        var nodes = List.of(
                new OutboxSender(jdbc, mailServer, settings, clock),
                new OutboxSender(jdbc, mailServer, settings, clock));
        var start = new CyclicBarrier(nodes.size());
        var now = clock.instant();

        try (var threads = Executors.newFixedThreadPool(nodes.size())) {
            var results = new ArrayList<Future<Integer>>();
            for (var node : nodes) {
                results.add(threads.submit(() -> {
                    start.await();
                    int tried = 0;
                    for (int batch; (batch = node.sendDue(now)) > 0; ) {
                        tried += batch;
                    }
                    return tried;
                }));
            }
            for (var result : results) {
                result.get();
            }
        }

        for (var recipient : recipients) {
            assertThat(messagesTo(recipient)).as(recipient.value()).hasSize(1);
        }
    }

    @Test
    void without_a_mail_server_mails_wait_in_the_outbox_and_nothing_fails() {
        var recipient = uniqueRecipient("no-server");
        publish(new EmailConfirmationRequested(
                someAccount(), recipient, "Jan", Language.NL, "/register/confirm?token=n1", 24));
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var withoutServer = new OutboxSender(jdbc, none, settings, clock);

        assertThat(withoutServer.mailServerConfigured()).isFalse();
        assertThat(withoutServer.sendDue()).isZero();

        var mail = administration.find(idOfMailTo(jdbc, recipient)).orElseThrow();
        assertThat(mail.status()).isEqualTo(OutboxEntry.Status.WAITING);
        assertThat(mail.attempts()).isZero();
        assertThat(messagesTo(recipient)).isEmpty();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void deliverAll(Instant now) {
        while (sender.sendDue(now) > 0) {
            // one batch per call, as the timer does
        }
    }

    private List<MimeMessage> messagesTo(EmailAddress recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address ->
                                        ((InternetAddress) address).getAddress().equals(recipient.value()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private MimeMessage onlyMessageTo(EmailAddress recipient) {
        var messages = messagesTo(recipient);
        assertThat(messages).as("mails to " + recipient).hasSize(1);
        return messages.getFirst();
    }

    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No " + type + " part in " + message.getSubject());
    }
}
