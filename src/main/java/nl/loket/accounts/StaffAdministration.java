package nl.loket.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators managing staff: invitations, roles, disabling. Loket never loses its last active
 * administrator through these pages.
 */
@Service
public class StaffAdministration {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    /** The roles an administrator can give a member of staff. */
    public static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.CUSTOMER));

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAdministration(
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Sessions sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** What an administrator typed to invite a colleague. */
    public record InviteCommand(EmailAddress email, String name, Set<Role> roles, Language language) {}

    /** Thrown when a change would leave Loket without an active administrator. */
    public static class LastAdministratorException extends RuntimeException {
        LastAdministratorException() {
            super("Loket needs at least one active administrator");
        }
    }

    /** Thrown when the address of a new colleague already has an account. */
    public static class AddressTakenException extends RuntimeException {
        AddressTakenException() {
            super("This address already has an account");
        }
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> staff() {
        return accounts.findStaff().stream()
                .map(AccountSummary::of)
                .sorted(Comparator.comparing(summary -> summary.email().value()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(AccountSummary::of);
    }

    /** Creates an invited staff account and mails the invitation link. */
    @Transactional
    public AccountId invite(InviteCommand command, AccountId administrator) {
        var roles = staffRoles(command.roles());
        if (accounts.findByEmail(command.email().value()).isPresent()) {
            throw new AddressTakenException();
        }
        var account = accounts.saveAndFlush(Account.invitedStaff(
                command.email(), command.name().strip(), roles, command.language(), clock.instant()));
        publish(SecurityEvent.Kind.STAFF_INVITED, account, administrator, describe(roles));
        var token = tokens.issue(account.id(), AccountTokens.Purpose.ACCEPT_INVITATION, INVITATION_VALIDITY);
        events.publishEvent(new StaffInvited(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                "/invitation?token=" + token,
                (int) INVITATION_VALIDITY.toHours()));
        return account.id();
    }

    /** Whether an invitation link can still be used. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> invitation(String token) {
        return tokens.find(token, AccountTokens.Purpose.ACCEPT_INVITATION)
                .flatMap(valid -> accounts.findById(valid.account().value()))
                .filter(account -> account.status() == AccountStatus.INVITED)
                .map(AccountSummary::of);
    }

    /**
     * The invitee chooses a password; the account becomes active. False when the link is unknown,
     * used or expired.
     *
     * @throws PasswordRejectedException when the policy refuses the password (the link stays valid)
     */
    @Transactional
    public boolean acceptInvitation(String token, String password) {
        var valid = tokens.find(token, AccountTokens.Purpose.ACCEPT_INVITATION);
        var account = valid.flatMap(found -> accounts.findById(found.account().value()))
                .filter(found -> found.status() == AccountStatus.INVITED);
        if (account.isEmpty()) {
            return false;
        }
        policy.enforce(password, account.get().email());
        if (!tokens.use(valid.get())) {
            return false;
        }
        account.get().acceptInvitation(encoder.encode(password), clock.instant());
        publish(SecurityEvent.Kind.EMAIL_CONFIRMED, account.get(), null, "invitation accepted");
        return true;
    }

    /**
     * Sets the roles of a member of staff.
     *
     * @throws IllegalArgumentException for a customer's account, or when no staff role is chosen
     */
    @Transactional
    public void changeRoles(AccountId id, Set<Role> roles, AccountId administrator) {
        var account = accounts.findById(id.value()).orElseThrow();
        if (!account.isStaff()) {
            // A customer never becomes staff by a role change: staff are invited, with their own account.
            throw new IllegalArgumentException("Only the roles of staff can be changed");
        }
        var newRoles = staffRoles(roles);
        if (!newRoles.contains(Role.ADMINISTRATOR)) {
            guardLastAdministrator(account);
        }
        var before = describe(account.roles());
        account.changeRoles(newRoles);
        publish(SecurityEvent.Kind.ROLES_CHANGED, account, administrator, before + " -> " + describe(newRoles));
    }

    /** Disables an account and ends its sessions. */
    @Transactional
    public void disable(AccountId id, AccountId administrator) {
        var account = accounts.findById(id.value()).orElseThrow();
        guardLastAdministrator(account);
        account.disable();
        sessions.endAll(account.email().value());
        publish(SecurityEvent.Kind.ACCOUNT_DISABLED, account, administrator, "");
    }

    /** Lets a disabled account sign in again. */
    @Transactional
    public void enable(AccountId id, AccountId administrator) {
        var account = accounts.findById(id.value()).orElseThrow();
        account.enable();
        publish(SecurityEvent.Kind.ACCOUNT_ENABLED, account, administrator, "");
    }

    private void guardLastAdministrator(Account account) {
        if (account.status() != AccountStatus.ACTIVE || !account.roles().contains(Role.ADMINISTRATOR)) {
            return;
        }
        var otherActiveAdministrators = accounts.findWithRole(Role.ADMINISTRATOR).stream()
                .filter(other -> !other.id().equals(account.id()))
                .anyMatch(other -> other.status() == AccountStatus.ACTIVE);
        if (!otherActiveAdministrators) {
            throw new LastAdministratorException();
        }
    }

    private static Set<Role> staffRoles(Set<Role> roles) {
        var chosen = roles.stream().filter(STAFF_ROLES::contains).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("A member of staff needs at least one role");
        }
        return EnumSet.copyOf(chosen);
    }

    private static String describe(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private void publish(SecurityEvent.Kind kind, Account account, AccountId actor, String detail) {
        events.publishEvent(
                new SecurityEvent(kind, account.id(), actor, account.email().value(), ClientAddress.current(), detail));
    }
}
