package nl.loket.tickets.web;

import java.util.Map;
import java.util.stream.Collectors;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.StaffAdministration;
import org.springframework.stereotype.Component;

/** Colleagues' names by account id, for the desk (assignees, history); read once per page. */
@Component
class StaffNames {

    private final StaffAdministration staff;

    StaffNames(StaffAdministration staff) {
        this.staff = staff;
    }

    Map<Long, String> byId() {
        return staff.staff().stream()
                .collect(Collectors.toMap(account -> account.id().value(), AccountSummary::name, (a, b) -> a));
    }
}
