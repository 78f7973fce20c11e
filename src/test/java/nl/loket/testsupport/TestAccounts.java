package nl.loket.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.UUID;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts made for one test, each with a unique address and a random password. */
public final class TestAccounts {

    private TestAccounts() {}

    /** An account in the database, and how to act as it in MockMvc. */
    public record TestAccount(AccountId id, String email, String password, Role role) {

        /** Signed in as this account (the principal's name is the address, as after a real sign-in). */
        public RequestPostProcessor signedIn() {
            return user(email).roles(role.name());
        }
    }

    public static TestAccount create(AccountManagement accounts, Role role) {
        return create(accounts, role, role.name().toLowerCase().replace('_', '-'));
    }

    public static TestAccount create(AccountManagement accounts, Role role, String name) {
        var email = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@loket.test";
        var password = UUID.randomUUID().toString();
        // createStaff is the only creation method on this branch; registration adds a customer one.
        var id = accounts.createStaff(EmailAddress.of(email), name, password, Set.of(role));
        return new TestAccount(id, email, password, role);
    }
}
