package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the form to the mailbox: a visitor registers or asks for a new password on the real pages,
 * the outbox sender delivers over SMTP (GreenMail), and the link in the mail works.
 */
@DatabaseTest
@LoketIntegrationTest
class AccountMailJourneyIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("https://loket\\.test(/[^\\s\"<]+)");

    @LocalServerPort
    int port;

    @Autowired
    OutboxSender sender;

    @Test
    void an_english_visitor_who_registers_gets_the_confirmation_mail_in_english_and_its_link_activates_the_account()
            throws Exception {
        var email = "journey-" + UUID.randomUUID() + "@example.nl";
        var password = "a long and private passphrase " + UUID.randomUUID();
        var visitor = new WebSession(port);

        var sent = visitor.postForm(
                "/register",
                Map.of("email", email, "name", "Robin", "password", password, "_csrf", csrf(visitor, "/register")),
                "Accept-Language",
                "en");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).signIn(email, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?unconfirmed"));

        var mail = deliveredTo(email);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("account@loket.invalid");
        assertThat(mail.getSubject()).startsWith("Confirm your e-mail address");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        var link = linkIn(mail);
        assertThat(link).startsWith("/register/confirm?token=");

        assertThat(visitor.get(link).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).signIn(email, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void a_password_reset_asked_in_dutch_arrives_in_dutch_and_an_address_without_account_gets_nothing()
            throws Exception {
        var email = "journey-" + UUID.randomUUID() + "@example.nl";
        var password = "a long and private passphrase " + UUID.randomUUID();
        var visitor = new WebSession(port);
        visitor.postForm(
                "/register",
                Map.of("email", email, "name", "Sam", "password", password, "_csrf", csrf(visitor, "/register")));
        visitor.get(linkIn(deliveredTo(email)));
        var unknown = "nobody-" + UUID.randomUUID() + "@example.nl";

        var known = visitor.postForm(
                "/password/forgot", Map.of("email", email, "_csrf", csrf(visitor, "/password/forgot")));
        var notKnown = visitor.postForm(
                "/password/forgot", Map.of("email", unknown, "_csrf", csrf(visitor, "/password/forgot")));

        assertThat(notKnown.body()).isEqualTo(known.body());
        var mails = deliverAndCollect(email);
        var reset = Arrays.stream(mails)
                .filter(mail -> subjectOf(mail).startsWith("Stel een nieuw wachtwoord in"))
                .findFirst()
                .orElseThrow();
        assertThat(((InternetAddress) reset.getFrom()[0]).getAddress()).isEqualTo("account@loket.invalid");
        assertThat(linkIn(reset)).startsWith("/password/reset?token=");
        assertThat(deliverAndCollect(unknown)).isEmpty();
    }

    private static String csrf(WebSession session, String page) {
        var matcher = CSRF.matcher(session.get(page).body());
        assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
        return matcher.group(1);
    }

    private MimeMessage deliveredTo(String recipient) {
        var mails = deliverAndCollect(recipient);
        assertThat(mails).as("mails to " + recipient).hasSize(1);
        return mails[0];
    }

    private MimeMessage[] deliverAndCollect(String recipient) {
        while (sender.sendDue() > 0) {
            // one batch per call, as the timer does
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address ->
                                        ((InternetAddress) address).getAddress().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the (only) Loket link in the plain-text part. */
    private static String linkIn(MimeMessage mail) throws Exception {
        var multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                var matcher = LINK.matcher((String) multipart.getBodyPart(i).getContent());
                assertThat(matcher.find()).as("a link in the mail").isTrue();
                return URI.create(matcher.group(1)).toString();
            }
        }
        throw new AssertionError("No text part");
    }
}
