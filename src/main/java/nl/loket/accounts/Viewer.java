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

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.CUSTOMER);
    }

    public boolean seesProtectedData() {
        return roles.stream().anyMatch(PROTECTED_DATA_ROLES::contains);
    }
}
