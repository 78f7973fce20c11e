package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * Something changed that the account holder must hear about even if they did not do it themselves:
 * the password was changed or reset, two-factor authentication was switched on or off, the e-mail
 * address was changed (sent to the old address), or new recovery codes were made.
 */
public record SecurityNoticeRequired(AccountId account, EmailAddress email, String name, Language language, Kind kind) {

    /** What happened. */
    public enum Kind {
        PASSWORD_CHANGED,
        TWO_FACTOR_ENABLED,
        TWO_FACTOR_DISABLED,
        RECOVERY_CODES_REGENERATED,
        EMAIL_CHANGED
    }
}
