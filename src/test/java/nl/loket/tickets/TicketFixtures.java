package nl.loket.tickets;

import java.util.UUID;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Tickets for tests. Tests share one database, so every ticket has a requester address of its own
 * and nothing is ever deleted.
 */
public final class TicketFixtures {

    private TicketFixtures() {}

    public static EmailAddress uniqueAddress(String who) {
        return EmailAddress.of(who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@klant.loket.test");
    }

    public static OpenTicketCommand guestQuestion(EmailAddress email, String subject, String text) {
        return question(email, subject, text, null, Language.NL, "techniek");
    }

    public static OpenTicketCommand question(
            EmailAddress email,
            String subject,
            String text,
            @Nullable AccountId customer,
            Language language,
            String department) {
        return new OpenTicketCommand(
                department, subject, text, email, "Klant " + subject, language, customer, Channel.WEB);
    }

    /** An agent as the desk would make one (for tests that call the services directly). */
    public static Agent agent(AccountId id, String name) {
        return new Agent(id, name);
    }
}
