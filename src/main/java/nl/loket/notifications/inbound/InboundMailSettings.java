package nl.loket.notifications.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the inbound mail reader ({@code loket.mail.inbound.*}). Without a host nothing is
 * read.
 *
 * @param host the IMAP server; empty switches inbound mail off
 * @param port the server's port; 0 means the protocol's usual port (993 for imaps, 143 otherwise)
 * @param protocol {@code imaps} (TLS from the start), {@code starttls} (plain, upgraded to TLS and
 *     refused without it) or {@code imap} (plain, only for a server on the same machine or in tests)
 * @param username the mailbox's login
 * @param password its password
 * @param folder the folder new mail arrives in
 * @param pollInterval the pause between two polls of one node
 * @param afterHandling what happens to a mail once it was handed to the ticket module
 * @param processedFolder where handled mails go with {@code after-handling=move}
 * @param ignoredFolder where auto-replies, bounces and other ignored mails go
 * @param failedFolder where mails go that could not be read or that the ticket module failed on
 * @param maxSize larger mails are not read but moved to the failed folder
 * @param maxPerSenderPerHour mails one address may have handed over per hour; more are ignored (a
 *     mail loop breaker); 0 switches the cap off
 * @param batchSize mails read per poll at most
 * @param lease how long one node holds the mailbox; a node that dies leaves it free after this
 * @param timeout connect and read timeout towards the IMAP server
 */
@ConfigurationProperties("loket.mail.inbound")
record InboundMailSettings(
        @DefaultValue("") String host,
        @DefaultValue("0") int port,
        @DefaultValue("imaps") Protocol protocol,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("move") AfterHandling afterHandling,
        @DefaultValue("Verwerkt") String processedFolder,
        @DefaultValue("Genegeerd") String ignoredFolder,
        @DefaultValue("Mislukt") String failedFolder,
        @DefaultValue("30MB") DataSize maxSize,
        @DefaultValue("20") int maxPerSenderPerHour,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("30s") Duration timeout) {

    /** How the connection to the IMAP server is protected. */
    enum Protocol {
        IMAPS,
        STARTTLS,
        IMAP
    }

    /** What becomes of a handled mail on the server. */
    enum AfterHandling {
        /** Marked as read and moved to the processed folder. */
        MOVE,
        /** Deleted from the server (the log keeps sender, subject and outcome). */
        DELETE
    }

    InboundMailSettings {
        host = host.strip();
        folder = folder.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("loket.mail.inbound.port must be between 0 and 65535: " + port);
        }
        if (batchSize < 1 || maxPerSenderPerHour < 0) {
            throw new IllegalArgumentException(
                    "loket.mail.inbound.batch-size must be at least 1 and max-per-sender-per-hour not negative");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("loket.mail.inbound.poll-interval and timeout must be positive");
        }
        if (lease.compareTo(Duration.ofSeconds(30)) < 0 || lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "loket.mail.inbound.lease must be at least 30 seconds and twice the timeout");
        }
        if (maxSize.toBytes() < 1024) {
            throw new IllegalArgumentException("loket.mail.inbound.max-size must be at least 1KB");
        }
        for (var name : new String[] {folder, processedFolder, ignoredFolder, failedFolder}) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("loket.mail.inbound folders must have a name");
            }
        }
        if (!host.isEmpty() && username.isBlank()) {
            throw new IllegalArgumentException("loket.mail.inbound.username is needed when a host is set");
        }
    }

    boolean enabled() {
        return !host.isEmpty();
    }

    int effectivePort() {
        if (port != 0) {
            return port;
        }
        return protocol == Protocol.IMAPS ? 993 : 143;
    }

    /** The mailbox as one name, for the lease and the log: {@code user@host:port/folder}. */
    String mailboxName() {
        var name = username.strip() + "@" + host + ":" + effectivePort() + "/" + folder;
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
