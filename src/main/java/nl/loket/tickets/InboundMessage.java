package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * A mail that arrived in a support mailbox, parsed by the inbound mail reader: what the ticket
 * module needs to add it to a ticket or to open a new one.
 *
 * @param messageId the {@code Message-ID} without angle brackets (generated from the content when
 *     the mail had none); the same id is never received twice
 * @param from the sender's address
 * @param fromName the sender's display name, empty when the mail had none
 * @param recipients every address in {@code To}, {@code Cc} and {@code Delivered-To}, so that the
 *     department can be found from the address the mail was sent to
 * @param subject the subject as sent (may be empty)
 * @param text the new part of the message: quoted history and signature removed
 * @param originalText the whole plain text as received (HTML-only mails converted to text)
 * @param ticketToken the reply token from a reply address {@code local+t<token>@domain}, if any
 * @param ticketNumber a ticket number from the subject ({@code [#1234-5678]}), if any
 * @param attachments the attached files, inline images included
 * @param receivedAt when Loket read the mail
 */
public record InboundMessage(
        String messageId,
        EmailAddress from,
        String fromName,
        List<EmailAddress> recipients,
        String subject,
        String text,
        String originalText,
        @Nullable String ticketToken,
        @Nullable String ticketNumber,
        List<InboundAttachment> attachments,
        Instant receivedAt) {

    public InboundMessage {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
