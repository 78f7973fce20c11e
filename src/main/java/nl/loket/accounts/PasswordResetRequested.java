package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * Someone asked to reset the password of an existing account, or an administrator forced a reset
 * ({@code forcedByAdministrator}). The single-use link is {@code path} (relative to Loket's base
 * URL, token included) and expires after {@code validForMinutes}. Never published for an address
 * without an account.
 */
public record PasswordResetRequested(
        AccountId account,
        EmailAddress email,
        String name,
        Language language,
        String path,
        int validForMinutes,
        boolean forcedByAdministrator) {}
