package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import nl.loket.shared.EmailAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who ticket mails come from: each department's address, under the team's name (never an agent's),
 * and the reply address that carries a ticket's reply token.
 */
@Component
class Senders {

    /** Where mails come from when neither the database nor the settings name an address. */
    static final EmailAddress FALLBACK = EmailAddress.of("support@loket.invalid");

    private final TicketSettings settings;
    private final String teamName;

    Senders(TicketSettings settings, @Value("${loket.company-name:Loket}") String companyName) {
        this.settings = settings;
        var company = companyName.isBlank() ? "Loket" : companyName.strip();
        this.teamName = settings.teamName().isBlank()
                ? "Team " + company + " Support"
                : settings.teamName().strip();
    }

    /** How customers see staff: "Team &lt;company&gt; Support" unless {@code loket.tickets.team-name} says otherwise. */
    String teamName() {
        return teamName;
    }

    TicketMailContext.Sender of(Department department) {
        var name = department.senderName();
        return new TicketMailContext.Sender(addressOf(department), name == null || name.isBlank() ? teamName : name);
    }

    EmailAddress addressOf(Department department) {
        var stored = department.senderAddress();
        if (stored != null && EmailAddress.isValid(stored)) {
            return EmailAddress.of(stored);
        }
        var configured = settings.senders().get(department.code());
        return configured != null && EmailAddress.isValid(configured) ? EmailAddress.of(configured) : FALLBACK;
    }

    /** {@code local+t<token>@domain} of the department's address: replies find their ticket by it. */
    String replyTo(Department department, String replyToken) {
        var address = addressOf(department).value();
        var at = address.lastIndexOf('@');
        return address.substring(0, at) + "+t" + replyToken + address.substring(at);
    }

    /** The department whose address is among the recipients (a reply token's {@code +t…} ignored). */
    Optional<Department> addressedTo(List<EmailAddress> recipients, List<Department> departments) {
        for (var recipient : recipients) {
            var plain = recipient.value().replaceFirst("\\+[^@]*@", "@");
            for (var department : departments) {
                if (department.isActive() && addressOf(department).value().equals(plain)) {
                    return Optional.of(department);
                }
            }
        }
        return Optional.empty();
    }
}
