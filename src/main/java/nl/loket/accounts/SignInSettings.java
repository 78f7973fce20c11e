package nl.loket.accounts;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strictly failed sign-ins are throttled.
 *
 * @param freeAttemptsPerAddress failures per typed e-mail address before the first lock
 *     ({@code LOKET_ACCOUNTS_SIGN_IN_FREE_ATTEMPTS_PER_ADDRESS}, default 5)
 * @param freeAttemptsPerClient failures per client address before the first lock (default 30:
 *     offices and mobile networks put many people behind one address)
 * @param firstLock the first lock (default 1 minute), doubled with every further failure
 * @param maximumLock the longest lock (default 1 hour)
 */
@ConfigurationProperties("loket.accounts.sign-in")
record SignInSettings(
        int freeAttemptsPerAddress,
        int freeAttemptsPerClient,
        @Nullable Duration firstLock,
        @Nullable Duration maximumLock) {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    SignInSettings {
        freeAttemptsPerAddress = freeAttemptsPerAddress <= 0 ? 5 : freeAttemptsPerAddress;
        freeAttemptsPerClient = freeAttemptsPerClient <= 0 ? 30 : freeAttemptsPerClient;
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maximumLock = maximumLock == null ? Duration.ofHours(1) : maximumLock;
    }

    Throttle.Policy perAddress() {
        return new Throttle.Policy("sign-in-address", freeAttemptsPerAddress, firstLock, maximumLock, FORGET_AFTER);
    }

    Throttle.Policy perClient() {
        return new Throttle.Policy("sign-in-client", freeAttemptsPerClient, firstLock, maximumLock, FORGET_AFTER);
    }
}
