package nl.loket.tickets.remote.web;

import java.security.Principal;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Remote support is booked by customers for themselves: staff accounts are refused (an agent who
 * wants to help a customer at a set time agrees it on the ticket, not by taking a customer's place).
 */
@Component
class Customers {

    private final AccountManagement accounts;

    Customers(AccountManagement accounts) {
        this.accounts = accounts;
    }

    AccountSummary require(Principal principal) {
        if (!EmailAddress.isValid(principal.getName())) {
            throw new AccessDeniedException("Remote support is for customers");
        }
        return accounts.find(EmailAddress.of(principal.getName()))
                .filter(account -> account.roles().contains(Role.CUSTOMER))
                .orElseThrow(() -> new AccessDeniedException("Remote support is for customers"));
    }

    /** Any signed-in account (the administrators' pages name who cancelled a slot). */
    AccountSummary signedIn(Principal principal) {
        return accounts.find(EmailAddress.of(principal.getName()))
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }
}
