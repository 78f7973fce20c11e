package nl.loket.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox and its sender ({@code loket.mail.*}). Sender identities are written as
 * {@code Name <address>}; the defaults use the reserved {@code .invalid} domain so that nothing
 * leaves a fresh installation under a real domain.
 *
 * @param senders the From identity per {@link MailPurpose}
 * @param pollInterval how often a node looks for due mails when a mail server is configured
 * @param pollerEnabled {@code false} stops the timer (tests drive the sender themselves)
 * @param batchSize how many mails one node claims per poll
 * @param lease how long a claim holds; a node that dies mid-send leaves the mail due after this
 * @param firstRetry the wait after the first failure, doubled per further failure
 * @param maxRetry the longest wait between two attempts
 * @param maxAttempts after this many failed attempts a mail is marked failed and waits for an admin
 */
@ConfigurationProperties("loket.mail")
record MailSettings(
        @DefaultValue Senders senders,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("true") boolean pollerEnabled,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("10") int maxAttempts) {

    MailSettings {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("loket.mail.batch-size and loket.mail.max-attempts must be at least 1");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || lease.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException(
                    "loket.mail.poll-interval must be positive and loket.mail.lease at least 10 seconds");
        }
    }

    /** The wait before the next attempt after {@code failures} failed attempts: doubling, capped. */
    Duration backoff(int failures) {
        var delay = firstRetry;
        for (int i = 1; i < failures && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    /** The sender identities, one per purpose, as {@code Name <address>}. */
    record Senders(
            @DefaultValue("Loket <account@loket.invalid>") String account,
            @DefaultValue("Loket Helpdesk <helpdesk@loket.invalid>") String support,
            @DefaultValue("Loket Administratie <administratie@loket.invalid>") String billing,
            @DefaultValue("Loket Hosting <hosting@loket.invalid>") String hosting) {

        Senders {
            parse("account", account);
            parse("support", support);
            parse("billing", billing);
            parse("hosting", hosting);
        }

        InternetAddress of(MailPurpose purpose) {
            return switch (purpose) {
                case ACCOUNT -> parse("account", account);
                case SUPPORT -> parse("support", support);
                case BILLING -> parse("billing", billing);
                case HOSTING -> parse("hosting", hosting);
            };
        }

        private static InternetAddress parse(String name, String value) {
            try {
                return new InternetAddress(value.strip(), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException(
                        "loket.mail.senders." + name + " is not a sender such as 'Loket <account@example.com>': "
                                + value,
                        e);
            }
        }
    }
}
