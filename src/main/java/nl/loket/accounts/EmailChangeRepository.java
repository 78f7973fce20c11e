package nl.loket.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmailChangeRepository extends JpaRepository<EmailChange, Long> {

    Optional<EmailChange> findByTokenHash(String tokenHash);

    /** Ends every pending change of an account: only the newest link works. */
    @Modifying
    @Query("update EmailChange c set c.usedAt = :now where c.accountId = :account and c.usedAt is null")
    int supersedePending(long account, Instant now);

    @Modifying
    @Query("delete from EmailChange c where c.accountId = :account")
    int deleteByAccount(long account);
}
