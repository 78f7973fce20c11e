package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Each test empties the accounts inside its own transaction, which is rolled back afterwards. */
@DatabaseTest
@LoketIntegrationTest
@Transactional
class FirstAdministratorIntegrationTests {

    @Autowired
    AccountRepository repository;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void startWithAnEmptyDatabase() {
        repository.deleteAllInBatch();
    }

    @Test
    void on_an_empty_database_an_administrator_is_created_with_a_generated_password_that_signs_in() {
        var created = firstAdministrator(new AdminSettings("Beheer@Example.nl", ""))
                .createIfNoAccountExists()
                .orElseThrow();

        var password = created.generatedPassword().orElseThrow();
        var account = repository.findByEmail("beheer@example.nl").orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(passwordEncoder.matches(password, account.passwordHash())).isTrue();
        assertThat(account.roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void a_configured_password_is_used_and_nothing_is_printed() {
        var password = "een-lang-genoeg-wachtwoord";
        var created = firstAdministrator(new AdminSettings("boss@example.nl", password))
                .createIfNoAccountExists()
                .orElseThrow();

        assertThat(created.generatedPassword()).isEmpty();
        var account = repository.findByEmail("boss@example.nl").orElseThrow();
        assertThat(passwordEncoder.matches(password, account.passwordHash())).isTrue();
        assertThat(account.passwordHash()).doesNotContain(password);
    }

    @Test
    void nothing_is_created_when_an_account_exists() {
        accounts.createStaff(
                EmailAddress.of("someone@example.nl"),
                "Someone",
                "long-enough-password",
                java.util.Set.of(Role.BILLING));

        assertThat(firstAdministrator(new AdminSettings("boss@example.nl", "")).createIfNoAccountExists())
                .isEmpty();
        assertThat(repository.findByEmail("boss@example.nl")).isEmpty();
    }

    @Test
    void a_configured_password_that_is_too_short_stops_the_start_with_a_clear_sentence() {
        assertThatIllegalStateException()
                .isThrownBy(() -> firstAdministrator(new AdminSettings("boss@example.nl", "kort"))
                        .createIfNoAccountExists())
                .withMessageContaining("LOKET_ADMIN_PASSWORD is shorter than 10 characters");
        assertThat(repository.count()).isZero();
    }

    @Test
    void a_configured_address_that_is_not_an_address_stops_the_start_with_a_clear_sentence() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        firstAdministrator(new AdminSettings("beheerder", "")).createIfNoAccountExists())
                .withMessageContaining("LOKET_ADMIN_EMAIL is not an e-mail address");
    }

    @Test
    void generated_passwords_differ_every_time() {
        var generator = firstAdministrator(new AdminSettings("a@example.nl", ""));

        assertThat(generator.generatePassword()).isNotEqualTo(generator.generatePassword());
    }

    private FirstAdministrator firstAdministrator(AdminSettings settings) {
        return new FirstAdministrator(accounts, settings);
    }
}
