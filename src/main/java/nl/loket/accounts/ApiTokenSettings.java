package nl.loket.accounts;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal API tokens.
 *
 * @param defaultValidity how long a new token is valid unless its maker chooses otherwise
 *     ({@code LOKET_ACCOUNTS_API_TOKENS_DEFAULT_VALIDITY}, default 90 days)
 * @param maximumValidity the longest validity a token can get (default 365 days)
 * @param freeAttemptsPerClient failed bearer tokens per client address before that address is
 *     locked out of the API for a minute, doubling per further failure up to an hour (default 20)
 */
@ConfigurationProperties("loket.accounts.api-tokens")
record ApiTokenSettings(
        @Nullable Duration defaultValidity, @Nullable Duration maximumValidity, int freeAttemptsPerClient) {

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration MAXIMUM_LOCK = Duration.ofHours(1);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    ApiTokenSettings {
        maximumValidity = maximumValidity == null ? Duration.ofDays(365) : maximumValidity;
        defaultValidity = defaultValidity == null ? Duration.ofDays(90) : defaultValidity;
        if (defaultValidity.compareTo(maximumValidity) > 0) {
            defaultValidity = maximumValidity;
        }
        freeAttemptsPerClient = freeAttemptsPerClient <= 0 ? 20 : freeAttemptsPerClient;
    }

    Throttle.Policy perClient() {
        return new Throttle.Policy("api-token-client", freeAttemptsPerClient, FIRST_LOCK, MAXIMUM_LOCK, FORGET_AFTER);
    }
}
