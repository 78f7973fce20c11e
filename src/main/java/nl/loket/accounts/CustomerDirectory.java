package nl.loket.accounts;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading customers' personal data, with privacy by role enforced here rather than in pages: the
 * protected fields (address, bank account, birth date) leave this class only for the customer
 * themselves and for {@link Viewer#PROTECTED_DATA_ROLES}, and every staff read of them is published
 * as a {@link SecurityEvent.Kind#PERSONAL_DATA_VIEWED} event for the audit log.
 */
@Service
public class CustomerDirectory {

    private static final int SEARCH_LIMIT = 50;

    private final AccountRepository accounts;
    private final PersonalDataRepository personalData;
    private final AccountErasureRepository erasures;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    CustomerDirectory(
            AccountRepository accounts,
            PersonalDataRepository personalData,
            AccountErasureRepository erasures,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.erasures = erasures;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** The reader behind a signed-in user name (their e-mail address), with their current roles. */
    @Transactional(readOnly = true)
    public Optional<Viewer> viewer(String username, @Nullable String ip) {
        if (!EmailAddress.isValid(username)) {
            return Optional.empty();
        }
        return accounts.findByEmail(EmailAddress.of(username).value())
                .map(account -> new Viewer(account.id(), account.roles(), ip));
    }

    /** The reader's own data, protected fields included; never audited. */
    @Transactional(readOnly = true)
    public CustomerView own(Viewer viewer) {
        var account = accounts.findById(viewer.account().value())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        return toView(account, true);
    }

    /**
     * A customer's data as {@code viewer} may see it, or empty when there is no customer with this
     * id (staff accounts are not customers).
     *
     * @throws AccessDeniedException when a customer asks for anyone but themselves, whether or not
     *     the id exists
     */
    @Transactional
    public Optional<CustomerView> view(AccountId customer, Viewer viewer) {
        var self = viewer.account().equals(customer);
        if (!viewer.worksWithCustomers() && !self) {
            throw new AccessDeniedException(
                    "Customers see only their own data; staff only if they work with customers");
        }
        var account = accounts.findById(customer.value()).filter(found -> !found.isStaff());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var showProtected = self || viewer.seesProtectedData();
        var view = toView(account.get(), showProtected);
        if (showProtected && !self) {
            events.publishEvent(new SecurityEvent(
                    SecurityEvent.Kind.PERSONAL_DATA_VIEWED,
                    customer,
                    viewer.account(),
                    view.email().value(),
                    viewer.ip(),
                    protectedFieldsIn(view)));
        }
        return Optional.of(view);
    }

    /** Customers whose e-mail address or name contains {@code query}; staff only, contact data only. */
    @Transactional(readOnly = true)
    public List<CustomerSummary> search(String query, Viewer viewer) {
        if (!viewer.worksWithCustomers()) {
            throw new AccessDeniedException("Only staff who work with customers search them");
        }
        var text = query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        var pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return entityManager
                .createQuery(
                        """
                        select a from Account a join a.roles r
                        where r = :customer
                          and (a.email like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
                        order by a.displayName, a.id""",
                        Account.class)
                .setParameter("customer", Role.CUSTOMER)
                .setParameter("pattern", pattern)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList()
                .stream()
                .filter(account -> !account.isStaff())
                .map(account -> new CustomerSummary(account.id(), account.displayName(), account.email()))
                .toList();
    }

    private CustomerView toView(Account account, boolean showProtected) {
        var data = personalData.findById(account.id().value());
        var erased = erasures.existsById(account.id().value());
        return new CustomerView(
                account.id(),
                account.displayName(),
                account.email(),
                data.map(PersonalData::company).orElse(""),
                data.map(PersonalData::phone).orElse(""),
                showProtected,
                showProtected ? data.map(PersonalData::address).orElse(null) : null,
                showProtected ? data.map(PersonalData::iban).orElse(null) : null,
                showProtected ? data.map(PersonalData::birthDate).orElse(null) : null,
                erased);
    }

    private static String protectedFieldsIn(CustomerView view) {
        var fields = new ArrayList<String>();
        if (view.address() != null) {
            fields.add("address");
        }
        if (view.iban() != null) {
            fields.add("iban");
        }
        if (view.birthDate() != null) {
            fields.add("birth_date");
        }
        return fields.isEmpty() ? "address, iban, birth_date (none stored)" : String.join(", ", fields);
    }
}
