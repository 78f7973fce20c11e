package nl.loket.notifications.inbound;

import java.time.Duration;
import java.util.Map;
import nl.loket.notifications.inbound.InboundMailSettings.AfterHandling;
import nl.loket.notifications.inbound.InboundMailSettings.Protocol;
import nl.loket.tickets.TicketMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

/** The in-JVM IMAP server of the inbound tests (GreenMail) and readers pointed at one mailbox on it. */
final class TestMailboxes {

    static final int IMAP_PORT = 3943;
    static final String PASSWORD = "geheim-wachtwoord";

    private TestMailboxes() {}

    /** Plain IMAP to 127.0.0.1, folders Verwerkt / Genegeerd / Mislukt, 5 mails per poll. */
    static InboundMailSettings settings(
            String login, AfterHandling afterHandling, int perSenderPerHour, DataSize maxSize) {
        return new InboundMailSettings(
                "127.0.0.1",
                IMAP_PORT,
                Protocol.IMAP,
                login,
                PASSWORD,
                "INBOX",
                Duration.ofSeconds(30),
                afterHandling,
                "Verwerkt",
                "Genegeerd",
                "Mislukt",
                maxSize,
                perSenderPerHour,
                5,
                Duration.ofMinutes(5),
                Duration.ofSeconds(10));
    }

    /** The ticket module as the reader finds it: through a provider, as in the application. */
    static ObjectProvider<TicketMailbox> handler(TicketMailbox mailbox) {
        return new StaticListableBeanFactory(Map.of("ticketMailbox", mailbox)).getBeanProvider(TicketMailbox.class);
    }
}
