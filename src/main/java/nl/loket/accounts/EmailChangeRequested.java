package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * An account holder asked to change their e-mail address. The new address gets a confirmation link
 * ({@code path}, relative to Loket's base URL, token included, valid for {@code validForHours}); the
 * old address gets a notice without the link.
 */
public record EmailChangeRequested(
        AccountId account,
        EmailAddress oldEmail,
        EmailAddress newEmail,
        String name,
        Language language,
        String path,
        int validForHours) {}
