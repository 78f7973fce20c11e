package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * An administrator created a staff account; the new colleague sets a password by following
 * {@code path} (relative to Loket's base URL, token included) within {@code validForHours}.
 */
public record StaffInvited(
        AccountId account, EmailAddress email, String name, Language language, String path, int validForHours) {}
