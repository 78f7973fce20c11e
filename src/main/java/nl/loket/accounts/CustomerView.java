package nl.loket.accounts;

import java.time.LocalDate;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Iban;
import org.jspecify.annotations.Nullable;

/**
 * A customer's data as one particular reader may see it. The protected fields are {@code null}
 * when the reader's roles do not allow them ({@code protectedDataVisible} is then false), and
 * also when the customer never filled them in.
 */
public record CustomerView(
        AccountId id,
        String name,
        EmailAddress email,
        String company,
        String phone,
        boolean protectedDataVisible,
        @Nullable PostalAddress address,
        @Nullable Iban iban,
        @Nullable LocalDate birthDate,
        boolean erased) {}
