package nl.loket.notifications.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.InboundMessage;
import nl.loket.tickets.TicketMailbox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what becomes of one mail read from a mailbox, apart from IMAP: already handed over
 * (a node died before it could move the mail), ignored (automatic, our own, or a sender over the
 * hourly cap), unreadable, or handed to the ticket module in one transaction with its log line.
 * Every mail gets a log line and a log message; none is handed over twice.
 */
@Component
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /** Where the mail goes on the server afterwards. */
    enum Disposition {
        HANDLED,
        IGNORED,
        FAILED
    }

    private final InboundMailLog mailLog;
    private final TransactionTemplate transactions;
    private final Set<EmailAddress> ownAddresses;
    private final Clock clock;

    MailIntake(InboundMailLog mailLog, TransactionTemplate transactions, OwnSenders ownSenders, Clock clock) {
        this.mailLog = mailLog;
        this.transactions = transactions;
        this.ownAddresses = ownSenders.addresses();
        this.clock = clock;
    }

    Disposition take(String mailbox, byte[] raw, TicketMailbox ticketMailbox, InboundMailSettings settings) {
        var now = clock.instant();
        MimeMessage mail;
        try {
            mail = MailMessages.read(raw);
        } catch (MessagingException | RuntimeException unreadable) {
            var line = new InboundMailLog.Line(mailbox, MailMessages.messageId(null, raw), now, null, "");
            return failed(line, "unreadable mail: " + unreadable.getMessage());
        }
        var from = MailMessages.sender(mail);
        var sender = from == null ? null : EmailAddress.of(from.getAddress());
        var line = new InboundMailLog.Line(
                mailbox,
                MailMessages.messageId(mail, raw),
                now,
                sender == null ? null : sender.value(),
                MailMessages.subject(mail));
        var before = mailLog.handoverOutcome(line.messageId());
        if (before.isPresent()) {
            log.info("Inbound mail {} was handed over before; only moving it", line.messageId());
            return disposition(before.get());
        }
        var ignored = reasonToIgnore(mail, sender, now, settings);
        if (ignored != null) {
            log.info("Inbound mail {} from {} ignored: {}", line.messageId(), line.sender(), ignored);
            mailLog.notHandedOver(line, InboundOutcome.IGNORED, ignored);
            return Disposition.IGNORED;
        }
        InboundMessage message;
        try {
            message = InboundMailParser.parse(mail, raw, now);
        } catch (UnreadableMailException e) {
            return failed(line, e.getMessage());
        }
        return handOver(line, message, ticketMailbox);
    }

    /** A mail larger than allowed: logged and set aside without reading it. */
    Disposition tooLarge(InboundMailLog.Line line, long size, InboundMailSettings settings) {
        return failed(
                line,
                "larger (" + size + " bytes) than loket.mail.inbound.max-size ("
                        + settings.maxSize().toBytes() + " bytes)");
    }

    private @Nullable String reasonToIgnore(
            MimeMessage mail, @Nullable EmailAddress sender, Instant now, InboundMailSettings settings) {
        var automatic = AutoReplies.reason(mail);
        if (automatic.isPresent()) {
            return automatic.get();
        }
        if (sender != null && ownAddresses.contains(sender)) {
            return "sent by Loket itself (" + sender + ")";
        }
        int cap = settings.maxPerSenderPerHour();
        if (sender != null && cap > 0 && mailLog.handoversSince(sender, now.minus(Duration.ofHours(1))) >= cap) {
            log.warn(
                    "Mail loop breaker: {} sent more than {} mails in the last hour; further mails are set aside",
                    sender,
                    cap);
            return "more than " + cap + " mails from this sender in the last hour (mail loop?)";
        }
        return null;
    }

    private Disposition handOver(InboundMailLog.Line line, InboundMessage message, TicketMailbox ticketMailbox) {
        TicketMailbox.InboundResult result;
        try {
            result = transactions.execute(status -> {
                if (!mailLog.startHandover(line)) {
                    throw new HandedOverBefore();
                }
                var received = ticketMailbox.receive(message);
                mailLog.finishHandover(line.messageId(), received);
                return received;
            });
        } catch (HandedOverBefore e) {
            log.info("Inbound mail {} was handed over by another node meanwhile", line.messageId());
            return Disposition.HANDLED;
        } catch (RuntimeException e) {
            return failed(line, "the ticket module failed on it: " + describe(e));
        }
        log.info("Inbound mail {} from {} handed over: {}", line.messageId(), line.sender(), result);
        return result instanceof TicketMailbox.InboundResult.Refused ? Disposition.IGNORED : Disposition.HANDLED;
    }

    /** A mail the ticket module refused goes with the ignored ones, where people look for what did not arrive. */
    private static Disposition disposition(InboundOutcome handover) {
        return handover == InboundOutcome.REFUSED ? Disposition.IGNORED : Disposition.HANDLED;
    }

    private Disposition failed(InboundMailLog.Line line, String reason) {
        log.warn("Inbound mail {} from {} set aside: {}", line.messageId(), line.sender(), reason);
        mailLog.notHandedOver(line, InboundOutcome.FAILED, reason);
        return Disposition.FAILED;
    }

    private static String describe(Throwable error) {
        var message = error.getClass().getSimpleName() + ": " + error.getMessage();
        var cause = error.getCause();
        return cause == null || cause == error ? message : message + " / " + cause.getMessage();
    }

    /** Rolls the handover back: the log already has this mail as handed over. */
    private static final class HandedOverBefore extends RuntimeException {
        HandedOverBefore() {
            super(null, null, false, false);
        }
    }
}
