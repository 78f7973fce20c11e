package nl.loket.notifications.inbound;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.TicketMailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox once per {@link #poll()}: takes the mailbox's lease (so one node reads
 * at a time), then for each waiting mail lets {@link MailIntake} decide and hand it over, and only
 * after that moves it on the server: handled mails to the processed folder (or deleted), ignored
 * ones (and ones the ticket module refused) and failed ones aside. A node that dies in between leaves the mail in the inbox; the next
 * reader finds it handed over already and only moves it. Tests make one per "node" they need.
 */
@Component
class InboundMailReader {

    private static final Logger log = LoggerFactory.getLogger(InboundMailReader.class);

    /** What one poll did. */
    record Poll(Status status, int handled, int ignored, int failed) {

        enum Status {
            /** No host is set: inbound mail is off. */
            OFF,
            /** Another node holds the mailbox. */
            BUSY,
            /** Nothing in this application takes mails; the mailbox was left alone. */
            NO_HANDLER,
            /** The poll ran (perhaps partly: see the log and the lease's last error). */
            READ,
            /** The server could not be reached or refused us. */
            ERROR
        }

        static Poll of(Status status) {
            return new Poll(status, 0, 0, 0);
        }
    }

    private final InboundMailSettings settings;
    private final MailboxLease lease;
    private final MailIntake intake;
    private final ObjectProvider<TicketMailbox> ticketMailbox;
    private final Clock clock;
    private final String node = nodeName();

    InboundMailReader(
            InboundMailSettings settings,
            MailboxLease lease,
            MailIntake intake,
            ObjectProvider<TicketMailbox> ticketMailbox,
            Clock clock) {
        this.settings = settings;
        this.lease = lease;
        this.intake = intake;
        this.ticketMailbox = ticketMailbox;
        this.clock = clock;
    }

    InboundMailSettings settings() {
        return settings;
    }

    Poll poll() {
        if (!settings.enabled()) {
            return Poll.of(Poll.Status.OFF);
        }
        var handler = ticketMailbox.getIfAvailable();
        if (handler == null) {
            return Poll.of(Poll.Status.NO_HANDLER);
        }
        var mailbox = settings.mailboxName();
        var holder = node + "/" + UUID.randomUUID().toString().substring(0, 8);
        if (!lease.claim(mailbox, holder, clock.instant(), settings.lease())) {
            return Poll.of(Poll.Status.BUSY);
        }
        int[] counts = new int[MailIntake.Disposition.values().length];
        String error = null;
        try (var imap = ImapMailbox.open(settings)) {
            for (var message : imap.waiting(settings.batchSize())) {
                if (!lease.renew(mailbox, holder, clock.instant(), settings.lease())) {
                    log.warn("Lost the lease on {} to another node; stopping this poll", mailbox);
                    break;
                }
                var disposition = take(mailbox, message, handler);
                settle(imap, message, disposition);
                counts[disposition.ordinal()]++;
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            error = describe(e);
            log.warn("Reading the mailbox {} failed: {}", mailbox, error);
        } finally {
            lease.release(mailbox, holder, clock.instant(), error);
        }
        var handled = counts[MailIntake.Disposition.HANDLED.ordinal()];
        var ignored = counts[MailIntake.Disposition.IGNORED.ordinal()];
        var failed = counts[MailIntake.Disposition.FAILED.ordinal()];
        return new Poll(error == null ? Poll.Status.READ : Poll.Status.ERROR, handled, ignored, failed);
    }

    private MailIntake.Disposition take(String mailbox, Message message, TicketMailbox handler)
            throws MessagingException, IOException {
        long size = message.getSize();
        if (size > settings.maxSize().toBytes()) {
            return intake.tooLarge(headersOnly(mailbox, message), size, settings);
        }
        return intake.take(mailbox, ImapMailbox.download(message), handler, settings);
    }

    private void settle(ImapMailbox imap, Message message, MailIntake.Disposition disposition)
            throws MessagingException {
        switch (disposition) {
            case HANDLED -> {
                if (settings.afterHandling() == InboundMailSettings.AfterHandling.DELETE) {
                    imap.delete(message);
                } else {
                    imap.moveTo(message, settings.processedFolder(), true);
                }
            }
            case IGNORED -> imap.moveTo(message, settings.ignoredFolder(), true);
            // Left unread: someone should look at it.
            case FAILED -> imap.moveTo(message, settings.failedFolder(), false);
        }
    }

    /** A log line for a mail that is not downloaded, from the headers the server gives. */
    private InboundMailLog.Line headersOnly(String mailbox, Message message) throws MessagingException {
        var mime = (MimeMessage) message;
        var from = MailMessages.sender(mime);
        var sender = from == null ? null : EmailAddress.of(from.getAddress()).value();
        var id = MailMessages.messageId(
                mime,
                (mailbox + "/" + message.getMessageNumber() + "/" + message.getSize())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new InboundMailLog.Line(mailbox, id, clock.instant(), sender, MailMessages.subject(mime));
    }

    private static String describe(Throwable error) {
        var message = error.getClass().getSimpleName() + ": " + error.getMessage();
        var cause = error.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == null ? message : message + " / " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        var name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }
}
