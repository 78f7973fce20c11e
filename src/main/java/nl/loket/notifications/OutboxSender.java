package nl.loket.notifications;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox mails over SMTP, safely from several nodes at once. A poll first claims a
 * batch with one conditional UPDATE (only rows nobody holds, or whose claim expired), under a claim
 * token of its own; both H2 and PostgreSQL re-check that condition after waiting for a competing
 * update, so one row goes to one poll. Each mail is then sent and marked sent, or its failure is
 * recorded with a backoff. A node that dies mid-send leaves its claim to expire: the mail becomes
 * due again and may arrive twice (at least once, never lost; see docs/adr/0007-mail-outbox.md).
 * Without a configured mail server nothing is claimed and the mails wait in the outbox.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final MailSettings settings;
    private final Clock clock;
    private final String node = nodeName();

    OutboxSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailServer, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mailServer = mailServer;
        this.settings = settings;
        this.clock = clock;
    }

    boolean mailServerConfigured() {
        return mailServer.getIfAvailable() != null;
    }

    /** Tries to send one batch of what is due now; returns how many mails it tried (0: nothing due). */
    int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends what is due at {@code now} (tests look into the future instead of waiting). */
    int sendDue(Instant now) {
        var server = mailServer.getIfAvailable();
        return server == null ? 0 : sendDue(server, now);
    }

    int sendDue(JavaMailSender server, Instant now) {
        var claim = node + "/" + UUID.randomUUID();
        if (claimBatch(claim, now) == 0) {
            return 0;
        }
        var started = clock.instant();
        int tried = 0;
        try {
            for (var mail : jdbc.query(
                    "select id, sender, recipient, language, subject, text_body, html_body, message_id, attempts,"
                            + " reply_to, in_reply_to, references_header from mail_outbox where claimed_by = ?"
                            + " order by id",
                    OutboxSender::claimedMail,
                    claim)) {
                // Stop well before the claim expires, so no other node can take a mail we are still sending.
                if (Duration.between(started, clock.instant())
                                .compareTo(settings.lease().dividedBy(2))
                        > 0) {
                    break;
                }
                send(server, mail, claim, now);
                tried++;
            }
        } finally {
            jdbc.update("update mail_outbox set claimed_by = null, claimed_until = null where claimed_by = ?", claim);
        }
        return tried;
    }

    private int claimBatch(String claim, Instant now) {
        return jdbc.update(
                """
                update mail_outbox set claimed_by = ?, claimed_until = ?
                 where id in (select id from mail_outbox
                               where sent_at is null and failed_at is null and next_attempt_at <= ?
                                 and (claimed_until is null or claimed_until < ?)
                               order by next_attempt_at, id
                               limit ?)
                   and sent_at is null and failed_at is null
                   and (claimed_until is null or claimed_until < ?)
                """,
                claim,
                utc(now.plus(settings.lease())),
                utc(now),
                utc(now),
                settings.batchSize(),
                utc(now));
    }

    private void send(JavaMailSender server, ClaimedMail mail, String claim, Instant now) {
        try {
            server.send(toMime(server, mail));
        } catch (MessagingException | RuntimeException e) {
            recordFailure(mail, claim, now, e);
            return;
        }
        int marked = jdbc.update(
                "update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null,"
                        + " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?",
                utc(now),
                mail.id(),
                claim);
        if (marked == 0) {
            log.warn("Mail {} was sent after its claim had expired; another node may send it again", mail.id());
        }
    }

    private void recordFailure(ClaimedMail mail, String claim, Instant now, Exception error) {
        int attempts = mail.attempts() + 1;
        boolean givenUp = attempts >= settings.maxAttempts();
        var message = describe(error);
        jdbc.update(
                "update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ?, failed_at = ?,"
                        + " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?",
                attempts,
                message,
                utc(now.plus(settings.backoff(attempts))),
                givenUp ? utc(now) : null,
                mail.id(),
                claim);
        if (givenUp) {
            log.warn("Outbox mail {} given up after {} attempts: {}", mail.id(), attempts, message);
        } else {
            log.info("Mail {} not sent (attempt {}), trying again later: {}", mail.id(), attempts, message);
        }
    }

    private MimeMessage toMime(JavaMailSender server, ClaimedMail mail) throws MessagingException {
        var mime = server.createMimeMessage();
        mime.setFrom(new InternetAddress(mail.sender(), true));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        mime.setSubject(mail.subject(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", mail.language().toLowerCase(java.util.Locale.ROOT));
        // RFC 3834: no out-of-office replies to our automatic mails.
        mime.setHeader("Auto-Submitted", "auto-generated");
        var text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        if (mail.replyTo() != null) {
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo(), true)});
        }
        if (mail.inReplyTo() != null) {
            mime.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (mail.references() != null) {
            mime.setHeader("References", mail.references());
        }
        // Spring's sender keeps a Message-ID set before sending; ours is fixed per outbox mail.
        mime.setHeader("Message-ID", mail.messageId());
        return mime;
    }

    /** The first line of the error and its root cause, such as "Mail server connection failed / Connection refused". */
    private static String describe(Exception error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = firstLine(error);
        if (root != error) {
            message += " / " + root.getClass().getSimpleName() + ": " + firstLine(root);
        }
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    private static String firstLine(Throwable error) {
        var message = String.valueOf(error.getMessage()).strip();
        var end = message.indexOf('\n');
        var line = end < 0 ? message : message.substring(0, end).strip();
        var details = line.indexOf("; message exception details");
        return details < 0 ? line : line.substring(0, details);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        var name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }

    private static ClaimedMail claimedMail(ResultSet row, int number) throws SQLException {
        return new ClaimedMail(
                row.getLong("id"),
                row.getString("sender"),
                row.getString("recipient"),
                row.getString("language"),
                row.getString("subject"),
                row.getString("text_body"),
                row.getString("html_body"),
                row.getString("message_id"),
                row.getInt("attempts"),
                row.getString("reply_to"),
                row.getString("in_reply_to"),
                row.getString("references_header"));
    }

    private record ClaimedMail(
            long id,
            String sender,
            String recipient,
            String language,
            String subject,
            String text,
            String html,
            String messageId,
            int attempts,
            @Nullable String replyTo,
            @Nullable String inReplyTo,
            @Nullable String references) {}
}
