package nl.loket.accounts;

import java.time.Clock;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's entry point: creating and finding accounts. */
@Service
public class AccountManagement {

    /** No composition rules, only length (see the accounts issue and NIST SP 800-63B). */
    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates a staff account with the given roles.
     *
     * @throws IllegalArgumentException when the password is too short
     * @throws org.springframework.dao.DataIntegrityViolationException when the address is taken
     */
    @Transactional
    public AccountId createStaff(EmailAddress email, String displayName, String password, Set<Role> roles) {
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        var account = new Account(email, displayName, passwordEncoder.encode(password), roles, clock.instant());
        return accounts.saveAndFlush(account).id();
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    public Set<Role> rolesOf(EmailAddress email) {
        return accounts.findByEmail(email.value()).map(Account::roles).orElse(Set.of());
    }
}
