package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each test leaves one active administrator inside its own transaction, rolled back afterwards. */
@DatabaseTest
@LoketIntegrationTest
@Transactional
class LastAdministratorIntegrationTests {

    @Autowired
    AccountRepository repository;

    @Autowired
    StaffAdministration staff;

    @Test
    void the_last_active_administrator_keeps_the_role_and_cannot_be_disabled() {
        var last = onlyActiveAdministrator();

        assertThatThrownBy(() -> staff.changeRoles(last, Set.of(Role.SUPPORT_AGENT), last))
                .isInstanceOf(StaffAdministration.LastAdministratorException.class);
        assertThatThrownBy(() -> staff.disable(last, last))
                .isInstanceOf(StaffAdministration.LastAdministratorException.class);
        assertThat(repository.findById(last.value()).orElseThrow().roles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void the_last_administrator_may_gain_roles() {
        var last = onlyActiveAdministrator();

        staff.changeRoles(last, Set.of(Role.ADMINISTRATOR, Role.BILLING), last);

        assertThat(repository.findById(last.value()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.BILLING);
    }

    private AccountId onlyActiveAdministrator() {
        var keep = repository
                .findByEmail(EmailAddress.of("admin@loket.test").value())
                .orElseThrow();
        repository.findWithRole(Role.ADMINISTRATOR).stream()
                .filter(account -> !account.id().equals(keep.id()))
                .forEach(Account::disable);
        repository.flush();
        return keep.id();
    }
}
