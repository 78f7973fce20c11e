package nl.loket.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What arrived in GreenMail, after the outbox sender delivered everything that was due. */
final class DeliveredMails {

    private DeliveredMails() {}

    /** Every mail to {@code recipient} so far, oldest first. */
    static List<MimeMessage> to(OutboxSender sender, GreenMailExtension smtp, String recipient) {
        while (sender.sendDue() > 0) {
            // one batch per call, as the timer does
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .toList();
    }

    /** The plain-text part. */
    static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    static String header(MimeMessage mail, String name) {
        try {
            var values = mail.getHeader(name);
            return values == null ? "" : String.join(" ", values);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every byte a recipient can see: the message as it travelled, and again with every header and
     * every part decoded (so that a name hidden in base64 or an encoded word is found too).
     */
    static String everything(MimeMessage mail) {
        try {
            var raw = new ByteArrayOutputStream();
            mail.writeTo(raw);
            var all = new StringBuilder(raw.toString(StandardCharsets.UTF_8));
            for (var header : Collections.list(mail.getAllHeaders())) {
                all.append('\n')
                        .append(header.getName())
                        .append(": ")
                        .append(MimeUtility.decodeText(header.getValue()));
            }
            appendParts(mail, all);
            return all.toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendParts(Part part, StringBuilder all) throws MessagingException, IOException {
        var content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                appendParts(multipart.getBodyPart(i), all);
            }
        } else {
            all.append('\n').append(content);
        }
    }

    private static String part(MimeMessage mail, String type) {
        try {
            var multipart = (Multipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType(type)) {
                    return (String) multipart.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("No " + type + " part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(address ->
                                    ((InternetAddress) address).getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
