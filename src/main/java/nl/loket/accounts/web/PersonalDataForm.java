package nl.loket.accounts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.loket.accounts.CustomerView;
import nl.loket.accounts.PersonalDetails;
import nl.loket.accounts.PostalAddress;
import nl.loket.shared.Iban;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the personal-data form sends. Every field is text so that each mistake gets its own message;
 * the address is all or nothing, and bank account and birth date are optional.
 */
record PersonalDataForm(
        @Nullable String name,
        @Nullable String company,
        @Nullable String phone,
        @Nullable String street,
        @Nullable String postcode,
        @Nullable String city,
        @Nullable String country,
        @Nullable String iban,
        @Nullable String birthDate) {

    private static final String PHONE = "\\+?[0-9 ()-]{6,20}";

    static PersonalDataForm of(CustomerView view) {
        var address = view.address();
        return new PersonalDataForm(
                view.name(),
                view.company(),
                view.phone(),
                address == null ? "" : address.street(),
                address == null ? "" : address.postcode(),
                address == null ? "" : address.city(),
                address == null ? PostalAddress.COUNTRIES.getFirst() : address.country(),
                view.iban() == null ? "" : view.iban().grouped(),
                view.birthDate() == null ? "" : view.birthDate().toString());
    }

    /** Adds a field error, with a message key from {@code accounts.account.*}, for every mistake. */
    void validate(Errors errors, LocalDate today) {
        var name = text(this.name);
        if (name.isEmpty()) {
            errors.rejectValue("name", "accounts.account.name-required");
        } else if (name.length() > 200) {
            errors.rejectValue("name", "accounts.account.too-long");
        }
        if (text(company).length() > 200) {
            errors.rejectValue("company", "accounts.account.too-long");
        }
        if (!text(phone).isEmpty() && !text(phone).matches(PHONE)) {
            errors.rejectValue("phone", "accounts.account.phone-invalid");
        }
        if (hasAddress()) {
            if (text(street).isEmpty()) {
                errors.rejectValue("street", "accounts.account.street-required");
            } else if (text(street).length() > 200) {
                errors.rejectValue("street", "accounts.account.too-long");
            }
            if (text(city).isEmpty()) {
                errors.rejectValue("city", "accounts.account.city-required");
            } else if (text(city).length() > 100) {
                errors.rejectValue("city", "accounts.account.too-long");
            }
            if (!PostalAddress.COUNTRIES.contains(countryCode())) {
                errors.rejectValue("country", "accounts.account.country-invalid");
            } else if (!PostalAddress.isValidPostcode(countryCode(), text(postcode))) {
                errors.rejectValue(
                        "postcode",
                        "NL".equals(countryCode())
                                ? "accounts.account.postcode-invalid-nl"
                                : "accounts.account.postcode-invalid");
            }
        }
        if (!text(iban).isEmpty() && !Iban.isValid(text(iban))) {
            errors.rejectValue("iban", "accounts.account.iban-invalid");
        }
        if (!text(birthDate).isEmpty()) {
            var date = parseDate(text(birthDate));
            if (date == null) {
                errors.rejectValue("birthDate", "accounts.account.birth-date-invalid");
            } else if (!date.isBefore(today)) {
                errors.rejectValue("birthDate", "accounts.account.birth-date-future");
            } else if (date.isBefore(PersonalDetails.EARLIEST_BIRTH_DATE)) {
                errors.rejectValue("birthDate", "accounts.account.birth-date-too-early");
            }
        }
    }

    /** Only after {@link #validate} found nothing. */
    PersonalDetails toDetails() {
        return new PersonalDetails(
                text(name),
                text(company),
                text(phone),
                hasAddress() ? new PostalAddress(text(street), text(postcode), text(city), countryCode()) : null,
                text(iban).isEmpty() ? null : Iban.of(text(iban)),
                text(birthDate).isEmpty() ? null : parseDate(text(birthDate)));
    }

    private boolean hasAddress() {
        return !text(street).isEmpty()
                || !text(postcode).isEmpty()
                || !text(city).isEmpty();
    }

    private String countryCode() {
        var code = text(country).toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() ? PostalAddress.COUNTRIES.getFirst() : code;
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
