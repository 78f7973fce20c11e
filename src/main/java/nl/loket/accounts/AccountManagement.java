package nl.loket.accounts;

import java.time.Clock;
import java.util.Optional;
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
    private final PasswordPolicy policy;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Creates an active staff account with the given roles and password (the first administrator;
     * administrators invite everyone else through {@link StaffAdministration}).
     *
     * @throws PasswordRejectedException when the password policy refuses the password
     * @throws org.springframework.dao.DataIntegrityViolationException when the address is taken
     */
    @Transactional
    public AccountId createStaff(EmailAddress email, String displayName, String password, Set<Role> roles) {
        policy.enforce(password, email);
        var now = clock.instant();
        var account = new Account(email, displayName, passwordEncoder.encode(password), roles, now);
        account.confirmEmail(now);
        return accounts.saveAndFlush(account).id();
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** The account with this address, as pages may show it. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(EmailAddress email) {
        return accounts.findByEmail(email.value()).map(AccountSummary::of);
    }

    @Transactional(readOnly = true)
    public Set<Role> rolesOf(EmailAddress email) {
        return accounts.findByEmail(email.value()).map(Account::roles).orElse(Set.of());
    }
}
