package nl.loket.notifications.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises mails that no person wrote: auto-replies (out of office, "we received your mail"),
 * bounces and delivery or read reports. Answering them, or turning them into tickets that are
 * then answered, is how mail loops start. Judged from the headers mail programs set for exactly
 * this (RFC 3834 {@code Auto-Submitted}, {@code Precedence}, Microsoft's and others' own), from the
 * sender and report types of bounces, and last from typical Dutch and English subjects.
 */
final class AutoReplies {

    private static final Set<String> AUTOREPLY_HEADERS =
            Set.of("X-Autoreply", "X-Autorespond", "X-Autoreply-From", "X-Mail-Autoreply", "X-Auto-Response-Suppress");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> REPORTS =
            Set.of("multipart/report", "message/delivery-status", "message/disposition-notification");

    /**
     * Subjects of auto-replies and bounces: one of these phrases (after any "Re:"), alone or followed
     * by a colon, a bracket or a dash, so that "Afwezig: …" is caught and "Autoreply instellen" is not.
     */
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(?:(?:re|aw|antw|sv)\\s*:\\s*)*(?:automatisch antwoord|automatische reactie|automatic reply"
                    + "|auto[- ]?reply|auto[- ]?response|out of (?:the )?office|afwezig|afwezigheid"
                    + "|afwezigheidsmelding|afwezigheidsbericht|niet aanwezig|buiten kantoor|op vakantie|on vacation"
                    + "|abwesend|abwesenheitsnotiz|undeliverable|undelivered mail(?: returned to sender)?|onbestelbaar"
                    + "|niet bezorgd|kan niet worden bezorgd|delivery status notification|mail delivery failed"
                    + "|mail delivery failure|delivery failure|returned mail|failure notice|message not delivered"
                    + "|bericht niet afgeleverd)(?:\\s*[:(].*|\\s+[-–]\\s.*)?$",
            Pattern.CASE_INSENSITIVE);

    private AutoReplies() {}

    /** Why {@code message} is an automatic mail, or empty when a person seems to have written it. */
    static Optional<String> reason(MimeMessage message) {
        var autoSubmitted = MailMessages.header(message, "Auto-Submitted");
        if (autoSubmitted != null) {
            var value = autoSubmitted.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!value.equals("no") && !value.isEmpty()) {
                return Optional.of("auto-reply (Auto-Submitted: " + value + ")");
            }
        }
        for (var name : AUTOREPLY_HEADERS) {
            if (MailMessages.header(message, name) != null) {
                return Optional.of("auto-reply (" + name + ")");
            }
        }
        var precedence = MailMessages.header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("bulk or auto-reply (Precedence: " + precedence.strip() + ")");
        }
        for (var returnPath : MailMessages.headers(message, "Return-Path")) {
            if (returnPath.replaceAll("[\\s<>]", "").isEmpty()) {
                return Optional.of("bounce (empty Return-Path)");
            }
        }
        if (MailMessages.header(message, "X-Failed-Recipients") != null) {
            return Optional.of("bounce (X-Failed-Recipients)");
        }
        var sender = MailMessages.sender(message);
        if (sender != null) {
            var local = sender.getAddress().substring(0, sender.getAddress().lastIndexOf('@'));
            if (DAEMONS.contains(local.toLowerCase(Locale.ROOT))) {
                return Optional.of("bounce (sender " + sender.getAddress() + ")");
            }
        }
        var type = contentType(message);
        if (REPORTS.contains(type)) {
            return Optional.of("delivery or read report (" + type + ")");
        }
        var subject = MailMessages.subject(message);
        if (AUTO_SUBJECT.matcher(subject).matches()) {
            return Optional.of("auto-reply or bounce (subject \"" + abbreviate(subject) + "\")");
        }
        return Optional.empty();
    }

    private static String contentType(MimeMessage message) {
        try {
            var header = message.getContentType();
            return header == null ? "" : new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String abbreviate(String subject) {
        return subject.length() > 80 ? subject.substring(0, 80) + "…" : subject;
    }
}
