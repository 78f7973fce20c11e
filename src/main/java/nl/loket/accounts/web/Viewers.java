package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import nl.loket.accounts.CustomerDirectory;
import nl.loket.accounts.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Turns the signed-in user of a request into the {@link Viewer} that privacy rules are checked for. */
@Component
class Viewers {

    private final CustomerDirectory directory;

    Viewers(CustomerDirectory directory) {
        this.directory = directory;
    }

    /**
     * @throws AccessDeniedException when the signed-in name no longer belongs to an account (it was
     *     erased, or its address changed in another session)
     */
    Viewer of(Principal principal, HttpServletRequest request) {
        return directory
                .viewer(principal.getName(), request.getRemoteAddr())
                .orElseThrow(() -> new AccessDeniedException("The signed-in account no longer exists"));
    }
}
