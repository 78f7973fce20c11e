package nl.loket.accounts;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.shared.EmailAddress;

/** Accounts and real TOTP codes for 2FA tests. */
final class TwoFactorTesting {

    private TwoFactorTesting() {}

    static EmailAddress newAccount(AccountManagement accounts, String password, Role role) {
        var email = EmailAddress.of("2fa-" + UUID.randomUUID() + "@loket.test");
        accounts.createStaff(email, "Test " + role, password, Set.of(role));
        return email;
    }

    /** The code an authenticator app shows for this base32 key, {@code offset} steps from now. */
    static String code(String base32Key, Clock clock, int offset) {
        return Totp.code(Base32.decode(base32Key), Totp.step(clock.instant()) + offset);
    }

    /** A client address of our own, so that per-address throttling of other tests cannot interfere. */
    static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
