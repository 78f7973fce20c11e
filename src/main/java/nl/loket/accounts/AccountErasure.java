package nl.loket.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** That, when and by whom a customer was erased; the anonymised account row itself stays. */
@Entity
class AccountErasure {

    @Id
    private Long accountId;

    private Instant erasedAt;
    private long erasedBy;

    protected AccountErasure() {
        this.accountId = 0L;
        this.erasedAt = Instant.EPOCH;
    }

    AccountErasure(AccountId account, AccountId erasedBy, Instant erasedAt) {
        this.accountId = account.value();
        this.erasedBy = erasedBy.value();
        this.erasedAt = erasedAt;
    }

    Instant erasedAt() {
        return erasedAt;
    }
}
