package nl.loket.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** Looks an account up by its (lower-case) e-mail address. */
    Optional<Account> findByEmail(String email);
}
