package nl.loket.accounts;

import java.time.Clock;
import java.time.Duration;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers registering themselves: a pending account and a confirmation link by mail. Whether the
 * address already had an account never shows in the answer: the same page follows either way, and
 * no second account is made.
 */
@Service
public class Registration {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** What a visitor typed on the registration form. */
    public record RegisterCommand(EmailAddress email, String name, String password, Language language) {}

    /**
     * Registers a customer, or (for an address that has an account) sends a fresh confirmation
     * link when that account is still unconfirmed and otherwise does nothing visible.
     *
     * @throws PasswordRejectedException when the policy refuses the password
     */
    @Transactional
    public void register(RegisterCommand command) {
        policy.enforce(command.password(), command.email());
        // Hashing happens on both paths, so the answer takes about as long whether or not the address is known.
        var hash = encoder.encode(command.password());
        var existing = accounts.findByEmail(command.email().value());
        if (existing.isPresent()) {
            if (existing.get().status() == AccountStatus.PENDING_CONFIRMATION) {
                sendConfirmation(existing.get());
            }
            return;
        }
        var account = accounts.saveAndFlush(Account.pendingCustomer(
                command.email(), command.name().strip(), hash, command.language(), clock.instant()));
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.ACCOUNT_REGISTERED,
                account.id(),
                null,
                account.email().value(),
                ClientAddress.current(),
                "customer"));
        sendConfirmation(account);
    }

    /** A new link for an unconfirmed account; silently nothing for any other address. */
    @Transactional
    public void resendConfirmation(EmailAddress email) {
        accounts.findByEmail(email.value())
                .filter(account -> account.status() == AccountStatus.PENDING_CONFIRMATION)
                .ifPresent(this::sendConfirmation);
    }

    /** Follows a confirmation link; false when it is unknown, used or expired. */
    @Transactional
    public boolean confirm(String token) {
        var account =
                tokens.consume(token, AccountTokens.Purpose.CONFIRM_EMAIL).flatMap(id -> accounts.findById(id.value()));
        if (account.isEmpty() || account.get().status() != AccountStatus.PENDING_CONFIRMATION) {
            return false;
        }
        account.get().confirmEmail(clock.instant());
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.EMAIL_CONFIRMED,
                account.get().id(),
                null,
                account.get().email().value(),
                ClientAddress.current(),
                ""));
        return true;
    }

    private void sendConfirmation(Account account) {
        var token = tokens.issue(account.id(), AccountTokens.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALIDITY);
        events.publishEvent(new EmailConfirmationRequested(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                "/register/confirm?token=" + token,
                (int) CONFIRMATION_VALIDITY.toHours()));
    }
}
