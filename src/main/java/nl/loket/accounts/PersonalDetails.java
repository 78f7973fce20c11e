package nl.loket.accounts;

import java.time.LocalDate;
import nl.loket.shared.Iban;
import org.jspecify.annotations.Nullable;

/**
 * A person's own data as they fill it in: the name and contact data, and the protected data
 * (address, bank account, birth date) that only some staff roles may read.
 */
public record PersonalDetails(
        String name,
        String company,
        String phone,
        @Nullable PostalAddress address,
        @Nullable Iban iban,
        @Nullable LocalDate birthDate) {

    /** The oldest birth date accepted: older ones are typing mistakes. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    public PersonalDetails {
        name = name.strip();
        company = company.strip();
        phone = phone.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A name is required");
        }
    }

    /** A birth date is valid when it lies in the past (before {@code today}) and after 1900. */
    public static boolean isValidBirthDate(LocalDate date, LocalDate today) {
        return date.isBefore(today) && !date.isBefore(EARLIEST_BIRTH_DATE);
    }
}
