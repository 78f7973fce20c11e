package nl.loket.accounts;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person changes their own name, contact data, address, bank account or birth date. */
@Service
public class ChangePersonalData {

    private final AccountRepository accounts;
    private final PersonalDataRepository personalData;
    private final Clock clock;

    ChangePersonalData(AccountRepository accounts, PersonalDataRepository personalData, Clock clock) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** Today in the time zone of our business rules, for checking birth dates. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    /**
     * Replaces the account's personal data with {@code details}.
     *
     * @throws IllegalArgumentException when the birth date is not a past date after 1900
     */
    @Transactional
    public void change(AccountId id, PersonalDetails details) {
        var birthDate = details.birthDate();
        if (birthDate != null && !PersonalDetails.isValidBirthDate(birthDate, today())) {
            throw new IllegalArgumentException("A birth date lies in the past");
        }
        var account = accounts.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No account " + id.value()));
        account.rename(details.name());
        var now = clock.instant();
        var data = personalData.findById(id.value()).orElseGet(() -> new PersonalData(id, now));
        data.change(details, now);
        personalData.save(data);
    }
}
