package nl.loket.notifications.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample mails in {@code src/test/resources/nl/loket/notifications/inbound/mails/}, written for these tests. */
final class SampleMails {

    /** The reply token in the reply addresses of the sample replies. */
    static final String TOKEN = "k7m2q4x3zt3wv5ab6cde";

    /** The samples a person wrote (the others are auto-replies and bounces). */
    static final List<String> FROM_PEOPLE = List.of(
            "outlook-nl-reply.eml",
            "gmail-en-reply.eml",
            "apple-mail-nl-iphone.eml",
            "thunderbird-en-flowed.eml",
            "html-only-nl.eml",
            "new-question-8bit.eml");

    private SampleMails() {}

    static byte[] bytes(String name) {
        try (var in = SampleMails.class.getResourceAsStream("mails/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample mail " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MimeMessage mime(String name) throws MessagingException {
        return MailMessages.read(bytes(name));
    }
}
