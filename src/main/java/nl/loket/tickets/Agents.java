package nl.loket.tickets;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountStatus;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.StaffAdministration;
import nl.loket.accounts.Viewer;
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
    private final StaffAdministration staff;

    Agents(CustomerDirectory directory, AccountManagement accounts, StaffAdministration staff) {
        this.directory = directory;
        this.accounts = accounts;
        this.staff = staff;
    }

    /** Everyone a ticket can be given to: active staff who work with customers, by name. */
    public List<Agent> colleagues() {
        return staff.staff().stream()
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .filter(account -> account.roles().stream().anyMatch(Viewer.CUSTOMER_FACING_ROLES::contains))
                .map(account -> new Agent(account.id(), account.name()))
                .sorted(Comparator.comparing(Agent::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The colleague with this id, if a ticket can be given to them. */
    public Optional<Agent> colleague(AccountId id) {
        return colleagues().stream().filter(agent -> agent.id().equals(id)).findFirst();
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
