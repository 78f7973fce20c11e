package nl.loket.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/** A requested change of e-mail address, waiting for the link sent to the new address. */
@Entity
class EmailChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long accountId;
    private String newEmail;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected EmailChange() {
        this.newEmail = "";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    EmailChange(AccountId account, EmailAddress newEmail, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = account.value();
        this.newEmail = newEmail.value();
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    AccountId account() {
        return new AccountId(accountId);
    }

    EmailAddress newEmail() {
        return EmailAddress.of(newEmail);
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token: it never works again, whatever the outcome. */
    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("This e-mail change was already used");
        }
        usedAt = now;
    }
}
