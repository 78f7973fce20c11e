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
    }

    boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.CUSTOMER);
    }
}
