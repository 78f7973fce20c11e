package nl.loket.accounts;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import nl.loket.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when Loket starts on a database without any account, so that a
 * fresh installation can be administered without a default password. Runs before readiness turns
 * to "accepting traffic". When two nodes start at once, the unique e-mail address lets one win.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final AccountManagement accounts;
    private final AdminSettings settings;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(AccountManagement accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    /** What was created, with the password when it was generated (to be shown once). */
    record Created(EmailAddress email, Optional<String> generatedPassword) {}

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAccountExists().ifPresent(FirstAdministrator::announce);
    }

    Optional<Created> createIfNoAccountExists() {
        if (accounts.anyAccountExists()) {
            return Optional.empty();
        }
        if (!EmailAddress.isValid(settings.email())) {
            throw new IllegalStateException(
                    "LOKET_ADMIN_EMAIL is not an e-mail address: '" + settings.email() + "'. Set a valid address.");
        }
        var email = EmailAddress.of(settings.email());
        var given = settings.password();
        if (!given.isEmpty() && given.length() < AccountManagement.MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("LOKET_ADMIN_PASSWORD is shorter than "
                    + AccountManagement.MINIMUM_PASSWORD_LENGTH
                    + " characters. Choose a longer one, or leave it empty to have one generated.");
        }
        var password = given.isEmpty() ? generatePassword() : given;
        try {
            accounts.createStaff(email, "Beheerder", password, Set.of(Role.ADMINISTRATOR));
        } catch (PasswordRejectedException rejected) {
            throw new IllegalStateException("LOKET_ADMIN_PASSWORD is refused: it is too common or contains the"
                    + " administrator's e-mail address. Choose another one, or leave it empty to have one generated.");
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("The first administrator was created by another node meanwhile");
            return Optional.empty();
        }
        return Optional.of(new Created(email, given.isEmpty() ? Optional.of(password) : Optional.empty()));
    }

    String generatePassword() {
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void announce(Created created) {
        created.generatedPassword()
                .ifPresentOrElse(
                        password -> log.warn(
                                """

                                ============================================================
                                  First administrator created: {}
                                  Generated password (shown only this once): {}
                                  Sign in at /login and keep this password somewhere safe.
                                ============================================================""",
                                created.email(),
                                password),
                        () -> log.info(
                                "First administrator {} created from LOKET_ADMIN_EMAIL and LOKET_ADMIN_PASSWORD",
                                created.email()));
    }
}
