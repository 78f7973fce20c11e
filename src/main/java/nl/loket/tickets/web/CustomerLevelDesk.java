package nl.loket.tickets.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.Role;
import nl.loket.accounts.StaffAdministration;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import nl.loket.tickets.servicelevel.CustomerServiceLevels.CustomerLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A customer's service level for the desk page and the API alike: which customer (staff accounts
 * and unknown ids are none), their level, and who may change it. Every member of staff at the desk
 * may see it; only billing and administrators change it, because the level is what the customer
 * pays for. Also {@code ${@customerLevelDesk.of(id)}} for the desk's customer page.
 */
@Component("customerLevelDesk")
class CustomerLevelDesk {

    /** The roles that change a customer's level. */
    static final Set<Role> CHANGERS = EnumSet.of(Role.BILLING, Role.ADMINISTRATOR);

    private final StaffAdministration accounts;
    private final AccountManagement management;
    private final CustomerServiceLevels levels;

    CustomerLevelDesk(StaffAdministration accounts, AccountManagement management, CustomerServiceLevels levels) {
        this.accounts = accounts;
        this.management = management;
        this.levels = levels;
    }

    /** The customer with this id; empty for staff and ids nobody has. */
    Optional<AccountSummary> customer(long id) {
        return accounts.find(new AccountId(id))
                .filter(account -> account.roles().contains(Role.CUSTOMER)
                        && account.roles().stream().allMatch(role -> role == Role.CUSTOMER));
    }

    /** The customer's level, or null when no plan exists at all. */
    public @Nullable CustomerLevel of(long customerId) {
        return levels.of(new AccountId(customerId));
    }

    /** Whether the signed-in member of staff may change customers' levels (checked again on every change). */
    boolean mayChange(Principal principal) {
        if (!EmailAddress.isValid(principal.getName())) {
            return false;
        }
        return management.rolesOf(EmailAddress.of(principal.getName())).stream().anyMatch(CHANGERS::contains);
    }
}
