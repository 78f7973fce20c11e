package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * A customer registered (or asked again) and must confirm their e-mail address by following
 * {@code path} (relative to Loket's base URL, token included) within {@code validFor} hours.
 * Published inside the transaction that stored the token, so a mail listener can store the mail in
 * the same transaction.
 */
public record EmailConfirmationRequested(
        AccountId account, EmailAddress email, String name, Language language, String path, int validForHours) {}
