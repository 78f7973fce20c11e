package nl.loket.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail address and password, the one way to sign in with a password. In this order:
 * the throttle (per address as typed and per client address), the password (hashed even for
 * unknown addresses, so timing tells nothing), and only after a correct password whether the
 * account may sign in (confirmed, not disabled, no forced reset). Old hashes are upgraded to the
 * current algorithm on the way.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final TwoFactorAuthentication twoFactor;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Throttle throttle;
    private final ApplicationEventPublisher events;
    private final Throttle.Policy perAddress;
    private final Throttle.Policy perClient;
    private final String unusableHash;

    PasswordSignIn(
            AccountRepository accounts,
            PasswordEncoder encoder,
            Throttle throttle,
            ApplicationEventPublisher events,
            SignInSettings settings,
            TwoFactorAuthentication twoFactor) {
        this.perAddress = settings.perAddress();
        this.perClient = settings.perClient();
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.twoFactor = twoFactor;
        this.unusableHash = encoder.encode(UUID.randomUUID().toString());
    }

    /** Too many failures: try again after the lock. */
    static final class SignInThrottledException extends AuthenticationException {
        private final Duration wait;

        SignInThrottledException(Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }

        /** Whole minutes to wait, rounded up, at least one. */
        long minutes() {
            return Math.max(1, (wait.toSeconds() + 59) / 60);
        }
    }

    /** The password was right, but the address has not been confirmed yet. */
    static final class EmailNotConfirmedException extends DisabledException {
        EmailNotConfirmedException() {
            super("E-mail address not confirmed");
        }
    }

    /** The password was right, but an administrator requires a new one first. */
    static final class PasswordResetRequiredException extends CredentialsExpiredException {
        PasswordResetRequiredException() {
            super("A new password is required");
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var typed = authentication.getName().strip().toLowerCase(Locale.ROOT);
        var password = String.valueOf(authentication.getCredentials());
        var client = clientOf(authentication);
        var lock = locked(typed, client);
        if (lock.isPresent()) {
            publish(SecurityEvent.Kind.SIGN_IN_THROTTLED, null, typed, client, "");
            throw new SignInThrottledException(lock.get());
        }
        var account = EmailAddress.isValid(typed)
                ? accounts.findByEmail(EmailAddress.of(typed).value())
                : Optional.<Account>empty();
        var hash = account.map(Account::passwordHash).filter(stored -> !stored.isEmpty());
        var matches = encoder.matches(password, hash.orElse(unusableHash)) && hash.isPresent();
        if (!matches) {
            var addressLock = throttle.recordFailure(perAddress, typed);
            var clientLock = client == null ? Duration.ZERO : throttle.recordFailure(perClient, client);
            publish(SecurityEvent.Kind.SIGN_IN_FAILED, account.map(Account::id).orElse(null), typed, client, "");
            var longest = addressLock.compareTo(clientLock) >= 0 ? addressLock : clientLock;
            if (!longest.isZero()) {
                throw new SignInThrottledException(longest);
            }
            throw new BadCredentialsException("Wrong e-mail address or password");
        }
        var holder = account.get();
        refuseWhenNotAllowed(holder, typed, client);
        throttle.reset(perAddress, typed);
        if (encoder.upgradeEncoding(holder.passwordHash())) {
            holder.upgradePasswordHash(encoder.encode(password));
            accounts.save(holder);
        }
        // With two-factor authentication on, the sign-in succeeds only at the second step.
        publish(
                SecurityEvent.Kind.SIGN_IN_SUCCEEDED,
                holder.id(),
                typed,
                client,
                twoFactor.isEnabled(holder.email()) ? "password accepted; second step to follow" : "");
        var principal = User.withUsername(holder.email().value())
                .password("")
                .authorities(holder.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private void refuseWhenNotAllowed(Account holder, String typed, @Nullable String client) {
        switch (holder.status()) {
            case PENDING_CONFIRMATION -> {
                publish(SecurityEvent.Kind.SIGN_IN_FAILED, holder.id(), typed, client, "e-mail address not confirmed");
                throw new EmailNotConfirmedException();
            }
            case ACTIVE -> {
                if (holder.passwordResetRequired()) {
                    publish(SecurityEvent.Kind.SIGN_IN_FAILED, holder.id(), typed, client, "password reset required");
                    throw new PasswordResetRequiredException();
                }
            }
            default -> {
                publish(SecurityEvent.Kind.SIGN_IN_FAILED, holder.id(), typed, client, "account " + holder.status());
                throw new DisabledException("Account disabled");
            }
        }
    }

    private Optional<Duration> locked(String typed, @Nullable String client) {
        return throttle.lockedFor(perAddress, typed, perClient, client);
    }

    private static @Nullable String clientOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return ClientAddress.current();
    }

    private void publish(
            SecurityEvent.Kind kind,
            @Nullable AccountId subject,
            String typed,
            @Nullable String client,
            String detail) {
        events.publishEvent(new SecurityEvent(kind, subject, null, typed, client, detail));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
