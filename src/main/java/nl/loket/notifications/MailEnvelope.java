package nl.loket.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.jspecify.annotations.Nullable;

/**
 * What a mail carries beyond the defaults of its purpose: a From of its own (a ticket department's
 * address under the team's name), a Reply-To, and threading. A mail with a thread key gets the
 * Message-ID {@code <THREADKEY-OUTBOXID@sender domain>}, so all mails of one ticket share a pattern.
 *
 * @param from the sender as {@code Name <address>}, or {@code null} for the purpose's sender
 * @param threadKey names the conversation, such as {@code ticket-1234-5678}
 * @param inReplyTo the Message-ID (with angle brackets) this mail answers
 * @param references the Message-IDs of the conversation so far, separated by spaces
 */
record MailEnvelope(
        @Nullable String from,
        @Nullable String replyTo,
        @Nullable String threadKey,
        @Nullable String inReplyTo,
        @Nullable String references) {

    static final MailEnvelope DEFAULT = new MailEnvelope(null, null, null, null, null);

    /** {@code Name <address>}, with the name quoted or encoded as mail needs it. */
    static String sender(String name, String address) {
        try {
            return new InternetAddress(address, name, "UTF-8").toUnicodeString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is missing from this Java runtime", e);
        }
    }

    /** Whether {@code value} is a single address that mail servers accept. */
    static boolean valid(String value) {
        try {
            new InternetAddress(value, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
