package nl.loket.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is reading personal data, with the roles that decide what they see.
 *
 * @param ip the reader's address, for the audit log; {@code null} outside a web request
 */
public record Viewer(AccountId account, Set<Role> roles, @Nullable String ip) {

    /** The roles that may read address, bank account and birth date of any customer. */
    public static final Set<Role> PROTECTED_DATA_ROLES =
            EnumSet.of(Role.CUSTOMER_SERVICE, Role.BILLING, Role.ADMINISTRATOR);

    /** The roles that work with customers and may read their contact data. */
    public static final Set<Role> CUSTOMER_FACING_ROLES =
            EnumSet.of(Role.SUPPORT_AGENT, Role.CUSTOMER_SERVICE, Role.BILLING, Role.ADMINISTRATOR);

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.CUSTOMER);
    }

    /** Knowledge editors are staff too, but have no business with customers' data. */
    public boolean worksWithCustomers() {
        return roles.stream().anyMatch(CUSTOMER_FACING_ROLES::contains);
    }

    public boolean seesProtectedData() {
        return roles.stream().anyMatch(PROTECTED_DATA_ROLES::contains);
    }
}
