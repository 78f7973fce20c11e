package nl.loket.tickets;

import java.util.Optional;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.shared.EmailAddress;
import org.springframework.stereotype.Component;

/**
 * Turns a signed-in user into an {@link Agent}, for pages and the API alike: only staff who work
 * with customers (support, customer service, billing, administrators) are one; knowledge editors and
 * customers are not.
 */
@Component
public class Agents {

    private final CustomerDirectory directory;
    private final AccountManagement accounts;

    Agents(CustomerDirectory directory, AccountManagement accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** The agent behind a signed-in user name (an e-mail address), if they work with customers. */
    public Optional<Agent> of(String username) {
        return directory
                .viewer(username, null)
                .filter(viewer -> viewer.worksWithCustomers())
                .flatMap(viewer -> accounts.find(EmailAddress.of(username))
                        .map(account -> new Agent(viewer.account(), account.name())));
    }
}
