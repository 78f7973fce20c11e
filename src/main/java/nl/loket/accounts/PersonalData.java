package nl.loket.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import nl.loket.shared.Iban;
import org.jspecify.annotations.Nullable;

/** The personal data of one account beyond its name and e-mail address. */
@Entity
class PersonalData {

    @Id
    private Long accountId;

    private String company = "";
    private String phone = "";
    private @Nullable String street;
    private @Nullable String postcode;
    private @Nullable String city;
    private @Nullable String country;
    private @Nullable String iban;
    private @Nullable LocalDate birthDate;
    private Instant updatedAt;

    protected PersonalData() {
        this.accountId = 0L;
        this.updatedAt = Instant.EPOCH;
    }

    PersonalData(AccountId account, Instant now) {
        this.accountId = account.value();
        this.updatedAt = now;
    }

    void change(PersonalDetails details, Instant now) {
        this.company = details.company();
        this.phone = details.phone();
        var address = details.address();
        this.street = address == null ? null : address.street();
        this.postcode = address == null ? null : address.postcode();
        this.city = address == null ? null : address.city();
        this.country = address == null ? null : address.country();
        this.iban = details.iban() == null ? null : details.iban().value();
        this.birthDate = details.birthDate();
        this.updatedAt = now;
    }

    String company() {
        return company;
    }

    String phone() {
        return phone;
    }

    @Nullable
    PostalAddress address() {
        if (street == null || postcode == null || city == null || country == null) {
            return null;
        }
        return new PostalAddress(street, postcode, city, country);
    }

    @Nullable
    Iban iban() {
        return iban == null ? null : Iban.of(iban);
    }

    @Nullable
    LocalDate birthDate() {
        return birthDate;
    }
}
