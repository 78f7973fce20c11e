package nl.loket.accounts;

import java.time.Instant;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** What pages may show of an account (never its password hash). */
public record AccountSummary(
        AccountId id,
        EmailAddress email,
        String name,
        Set<Role> roles,
        AccountStatus status,
        Language language,
        boolean passwordResetRequired,
        Instant createdAt,
        @Nullable Instant passwordChangedAt) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.id(),
                account.email(),
                account.displayName(),
                account.roles(),
                account.status(),
                account.language(),
                account.passwordResetRequired(),
                account.createdAt(),
                account.passwordChangedAt());
    }
}
