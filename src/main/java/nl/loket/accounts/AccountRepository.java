package nl.loket.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** Looks an account up by its (lower-case) e-mail address. */
    Optional<Account> findByEmail(String email);

    /** Accounts with at least one role other than customer. */
    @Query("select distinct a from Account a join a.roles r where r <> nl.loket.accounts.Role.CUSTOMER")
    List<Account> findStaff();

    @Query("select distinct a from Account a join a.roles r where r = :role")
    List<Account> findWithRole(Role role);
}
