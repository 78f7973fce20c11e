package nl.loket.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything Loket keeps about one person, as they download it (GDPR art. 15 and 20). Later
 * modules add their own sections (tickets, invoices) next to these.
 */
public record PersonalDataExport(
        Instant exportedAt,
        AccountSection account,
        PersonalSection personalData,
        List<Object> tickets,
        List<Object> invoices) {

    public record AccountSection(long id, String email, String name, Instant createdAt, List<String> roles) {}

    public record PersonalSection(
            String company,
            String phone,
            @Nullable String street,
            @Nullable String postcode,
            @Nullable String city,
            @Nullable String country,
            @Nullable String iban,
            @Nullable LocalDate birthDate) {}
}
