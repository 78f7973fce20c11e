package nl.loket.accounts;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person downloads all data Loket keeps about them. */
@Service
public class ExportPersonalData {

    private final AccountRepository accounts;
    private final PersonalDataRepository personalData;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExportPersonalData(
            AccountRepository accounts,
            PersonalDataRepository personalData,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonalDataExport export(AccountId id, @Nullable String ip) {
        var account = accounts.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No account " + id.value()));
        var data = personalData.findById(id.value());
        var address = data.map(PersonalData::address);
        var section = new PersonalDataExport.PersonalSection(
                data.map(PersonalData::company).orElse(""),
                data.map(PersonalData::phone).orElse(""),
                address.map(PostalAddress::street).orElse(null),
                address.map(PostalAddress::postcode).orElse(null),
                address.map(PostalAddress::city).orElse(null),
                address.map(PostalAddress::country).orElse(null),
                data.map(PersonalData::iban).map(iban -> iban.value()).orElse(null),
                data.map(PersonalData::birthDate).orElse(null));
        var roles = account.roles().stream().map(Role::name).sorted().toList();
        events.publishEvent(new SecurityEvent(
                SecurityEvent.Kind.PERSONAL_DATA_EXPORTED,
                id,
                null,
                account.email().value(),
                ip,
                ""));
        return new PersonalDataExport(
                clock.instant(),
                new PersonalDataExport.AccountSection(
                        id.value(), account.email().value(), account.displayName(), account.createdAt(), roles),
                section,
                List.of(),
                List.of());
    }
}
