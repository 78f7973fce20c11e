package nl.loket.notifications.inbound;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Loket's own sender identities ({@code loket.mail.senders.*}, read here as a map so that every
 * sender counts, also ones added later): a mail from one of them is Loket talking to itself.
 */
@ConfigurationProperties("loket.mail")
record OwnSenders(@DefaultValue Map<String, String> senders) {

    OwnSenders {
        senders = Map.copyOf(senders);
    }

    /** The addresses alone, in Loket's normal form. */
    Set<EmailAddress> addresses() {
        var addresses = new HashSet<EmailAddress>();
        for (var identity : senders.values()) {
            try {
                var address = new InternetAddress(identity.strip(), false).getAddress();
                if (address != null && EmailAddress.isValid(address)) {
                    addresses.add(EmailAddress.of(address));
                }
            } catch (AddressException e) {
                // MailSettings refuses such a sender at start; nothing to compare with here.
            }
        }
        return Set.copyOf(addresses);
    }
}
