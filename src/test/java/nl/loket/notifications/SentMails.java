package nl.loket.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** {@link DeliveredMails} for tests outside this package, which cannot name the outbox sender. */
public final class SentMails {

    private SentMails() {}

    /** Sends what is due from the outbox, then every mail to {@code recipient} so far, oldest first. */
    public static List<MimeMessage> to(ApplicationContext context, GreenMailExtension smtp, String recipient) {
        return DeliveredMails.to(context.getBean(OutboxSender.class), smtp, recipient);
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage mail) {
        return DeliveredMails.text(mail);
    }

    /** The first value of a header, or {@code null}. */
    public static String header(MimeMessage mail, String name) {
        return DeliveredMails.header(mail, name);
    }
}
