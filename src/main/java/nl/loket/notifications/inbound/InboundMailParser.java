package nl.loket.notifications.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.InboundMessage;
import org.jspecify.annotations.Nullable;

/**
 * Turns a received mail into the {@link InboundMessage} the ticket module takes: sender, the
 * addresses it was sent to, the reply token and ticket number that tie it to a ticket, the text
 * (new part and whole) and the attachments.
 */
final class InboundMailParser {

    /** The reply token in a reply address {@code local+t<token>@domain} (contract with the ticket module). */
    private static final Pattern REPLY_TOKEN = Pattern.compile("\\+t([a-z2-7]{20})@", Pattern.CASE_INSENSITIVE);
    /** A ticket number in a subject: {@code [#1234-5678]}. */
    private static final Pattern TICKET_NUMBER = Pattern.compile("\\[#(\\d{4}-\\d{4})]");

    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To"};

    private InboundMailParser() {}

    /**
     * @throws UnreadableMailException when the mail has no usable sender or its body cannot be read
     */
    static InboundMessage parse(MimeMessage mail, byte[] raw, Instant receivedAt) {
        var from = MailMessages.sender(mail);
        if (from == null) {
            throw new UnreadableMailException("no sender address");
        }
        var subject = MailMessages.subject(mail);
        var recipients = recipients(mail);
        MailBody body;
        try {
            body = MailBody.of(mail);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMailException("the body cannot be read: " + e.getMessage(), e);
        }
        var original = body.text();
        return new InboundMessage(
                MailMessages.messageId(mail, raw),
                EmailAddress.of(from.getAddress()),
                displayName(from),
                recipients,
                subject,
                ReplyText.newPart(original, subject),
                original,
                replyToken(recipients),
                ticketNumber(subject),
                body.attachments(),
                receivedAt);
    }

    static @Nullable String replyToken(List<EmailAddress> recipients) {
        for (var recipient : recipients) {
            var matcher = REPLY_TOKEN.matcher(recipient.value());
            if (matcher.find()) {
                return matcher.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    static @Nullable String ticketNumber(String subject) {
        var matcher = TICKET_NUMBER.matcher(subject);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<EmailAddress> recipients(MimeMessage mail) {
        var recipients = new LinkedHashSet<EmailAddress>();
        for (var header : RECIPIENT_HEADERS) {
            for (var address : MailMessages.addresses(mail, header)) {
                recipients.add(EmailAddress.of(address.getAddress()));
            }
        }
        return List.copyOf(recipients);
    }

    private static String displayName(InternetAddress from) {
        var name = from.getPersonal();
        if (name == null) {
            return "";
        }
        name = name.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        // "jan@example.nl" <jan@example.nl> says nothing a name would.
        return name.equalsIgnoreCase(from.getAddress()) ? "" : name;
    }
}
