package nl.loket.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    /** Looks an account up by its (lower-case) e-mail address. */
    Optional<Account> findByEmail(String email);

    /**
     * Accounts with at least one role other than customer, with their roles in the same query. Asks
     * for the staff roles by name, so that the index on the role reads only staff rows however many
     * customers there are.
     */
    default List<Account> findStaff() {
        return findWithAnyRole(java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.CUSTOMER)));
    }

    @Query("select distinct a from Account a join fetch a.roles"
            + " where a.id in (select s.id from Account s join s.roles r where r in :roles)")
    List<Account> findWithAnyRole(java.util.Collection<Role> roles);

    @Query("select distinct a from Account a join a.roles r where r = :role")
    List<Account> findWithRole(Role role);
}
