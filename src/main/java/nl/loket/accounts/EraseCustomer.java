package nl.loket.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator erases a customer on request (GDPR art. 17). The account row stays for the
 * records the law requires us to keep (invoices, the audit log refer to its id), but everything
 * that identifies the person goes: name, address, e-mail address (replaced by a placeholder that
 * cannot receive mail), phone, bank account and birth date. The password becomes one nobody knows,
 * so the account can never sign in again.
 */
@Service
public class EraseCustomer {

    /** The name an erased customer is shown with. */
    public static final String ERASED_NAME = "Verwijderde klant";

    private final Sessions sessions;
    private final AccountRepository accounts;
    private final PersonalDataRepository personalData;
    private final EmailChangeRepository emailChanges;
    private final AccountErasureRepository erasures;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EraseCustomer(
            AccountRepository accounts,
            PersonalDataRepository personalData,
            EmailChangeRepository emailChanges,
            AccountErasureRepository erasures,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            Sessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.personalData = personalData;
        this.emailChanges = emailChanges;
        this.erasures = erasures;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** What became of the request. */
    public enum Outcome {
        ERASED,
        NOT_FOUND,
        ALREADY_ERASED,
        /** Staff accounts are not erased this way: take their roles away first. */
        REFUSED_STAFF,
        REFUSED_SELF,
        /** Only administrators erase customers. */
        REFUSED_NOT_ADMINISTRATOR
    }

    /** The address an erased account gets: unique, and in {@code .invalid}, which no mail reaches. */
    public static EmailAddress placeholderFor(AccountId id) {
        return EmailAddress.of("erased-" + id.value() + "@erased.invalid");
    }

    @Transactional
    public Outcome erase(AccountId customer, AccountId administrator, @Nullable String ip) {
        if (customer.equals(administrator)) {
            return Outcome.REFUSED_SELF;
        }
        var admin = accounts.findById(administrator.value());
        if (admin.isEmpty() || !admin.get().roles().contains(Role.ADMINISTRATOR)) {
            return Outcome.REFUSED_NOT_ADMINISTRATOR;
        }
        var found = accounts.findById(customer.value());
        if (found.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        var account = found.get();
        if (account.isStaff()) {
            return Outcome.REFUSED_STAFF;
        }
        if (erasures.existsById(customer.value())) {
            return Outcome.ALREADY_ERASED;
        }
        var placeholder = placeholderFor(customer);
        // Whoever is still signed in as this customer is signed out: the account is gone.
        sessions.endAll(account.email().value());
        account.erase(placeholder, ERASED_NAME, passwordEncoder.encode(unguessableSecret()));
        personalData.findById(customer.value()).ifPresent(personalData::delete);
        emailChanges.deleteByAccount(customer.value());
        erasures.save(new AccountErasure(customer, administrator, clock.instant()));
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.CUSTOMER_ERASED, customer, administrator, placeholder.value(), ip, ""));
        return Outcome.ERASED;
    }

    private String unguessableSecret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
