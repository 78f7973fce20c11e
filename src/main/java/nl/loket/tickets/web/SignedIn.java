package nl.loket.tickets.web;

import java.security.Principal;
import java.util.Optional;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.Agent;
import nl.loket.tickets.Agents;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is signed in, as the ticket pages need it: an account (customer side) or an agent (desk). */
@Component
class SignedIn {

    private final AccountManagement accounts;
    private final Agents agents;

    SignedIn(AccountManagement accounts, Agents agents) {
        this.accounts = accounts;
        this.agents = agents;
    }

    Optional<AccountSummary> account(@Nullable Principal principal) {
        if (principal == null || !EmailAddress.isValid(principal.getName())) {
            return Optional.empty();
        }
        return accounts.find(EmailAddress.of(principal.getName()));
    }

    /** The signed-in account, which a portal page needs; a name without account is refused. */
    AccountSummary requireAccount(Principal principal) {
        return account(principal)
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }

    /** The desk is for staff who work with customers; anyone else is refused. */
    Agent agent(Principal principal) {
        return agents.of(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("Only staff who work with customers use the desk"));
    }
}
