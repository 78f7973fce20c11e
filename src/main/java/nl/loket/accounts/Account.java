package nl.loket.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** A person who can sign in: a customer or a member of staff. */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AccountStatus status = AccountStatus.ACTIVE;

    private String preferredLanguage = "nl";

    private @Nullable Instant emailConfirmedAt;

    private boolean passwordResetRequired;

    private @Nullable Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(EmailAddress email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.email = email.value();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordHash.isEmpty() ? null : createdAt;
    }

    /** A customer who registered and has yet to confirm their address. */
    static Account pendingCustomer(
            EmailAddress email, String displayName, String passwordHash, Language language, Instant now) {
        var account = new Account(email, displayName, passwordHash, Set.of(Role.CUSTOMER), now);
        account.status = AccountStatus.PENDING_CONFIRMATION;
        account.preferredLanguage = language.code();
        return account;
    }

    /** A member of staff invited by an administrator; they choose a password by the invitation link. */
    static Account invitedStaff(
            EmailAddress email, String displayName, Set<Role> roles, Language language, Instant now) {
        var account = new Account(email, displayName, "", roles, now);
        account.status = AccountStatus.INVITED;
        account.preferredLanguage = language.code();
        return account;
    }

    AccountId id() {
        if (id == null) {
            throw new IllegalStateException("Account has not been saved yet");
        }
        return new AccountId(id);
    }

    EmailAddress email() {
        return EmailAddress.of(email);
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    // Personal data and GDPR (issue 4, profile)
    AccountStatus status() {
        return status;
    }

    Language language() {
        return Language.fromCode(preferredLanguage);
    }

    @Nullable
    Instant emailConfirmedAt() {
        return emailConfirmedAt;
    }

    @Nullable
    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    void rename(String displayName) {
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A name cannot be blank");
        }
        this.displayName = displayName.strip();
    }

    /** Only after the holder proved they receive mail at the new address. */
    void changeEmail(EmailAddress email) {
        this.email = email.value();
    }

    /** Anonymises the account for good: a placeholder address and a password nobody knows. */
    void erase(EmailAddress placeholder, String name, String unusablePasswordHash) {
        this.email = placeholder.value();
        this.displayName = name;
        this.passwordHash = unusablePasswordHash;
        this.status = AccountStatus.ERASED;
    }

    boolean passwordResetRequired() {
        return passwordResetRequired;
    }

    boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.CUSTOMER);
    }

    /** The confirmation link was followed: a pending customer becomes active. */
    void confirmEmail(Instant now) {
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            status = AccountStatus.ACTIVE;
        }
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    /** The invitation link was followed and a password chosen: the address is proven too. */
    void acceptInvitation(String newPasswordHash, Instant now) {
        if (status != AccountStatus.INVITED) {
            throw new IllegalStateException("Only an invited account can accept an invitation");
        }
        status = AccountStatus.ACTIVE;
        emailConfirmedAt = now;
        changePassword(newPasswordHash, now);
    }

    /** A new password (already hashed); a forced reset is satisfied by it. */
    void changePassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        passwordChangedAt = now;
        passwordResetRequired = false;
    }

    /** Re-hashes the same password with the current algorithm, without counting as a change. */
    void upgradePasswordHash(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    void requirePasswordReset() {
        passwordResetRequired = true;
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    void disable() {
        if (status == AccountStatus.ERASED) {
            throw new IllegalStateException("An erased account cannot change");
        }
        status = AccountStatus.DISABLED;
    }

    /** Gives a disabled account back the state it had: active when its address was confirmed. */
    void enable() {
        if (status == AccountStatus.DISABLED) {
            if (emailConfirmedAt != null) {
                status = AccountStatus.ACTIVE;
            } else {
                status = passwordHash.isEmpty() ? AccountStatus.INVITED : AccountStatus.PENDING_CONFIRMATION;
            }
        }
    }

    boolean canSignIn() {
        return status == AccountStatus.ACTIVE && !passwordResetRequired;
    }
}
