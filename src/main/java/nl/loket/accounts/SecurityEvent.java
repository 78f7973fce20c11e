package nl.loket.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Something the security audit log must keep: published with Spring's event publisher wherever it
 * happens (sign-in, 2FA, passwords, roles, staff views of protected personal data) and stored by
 * the audit log, append-only.
 *
 * @param kind what happened
 * @param subject whose account it concerns; {@code null} when no account matched (a failed sign-in
 *     for an unknown address)
 * @param actor who did it when that is someone else than the subject (a staff member viewing a
 *     customer's bank account, an administrator changing roles); {@code null} otherwise
 * @param email the address involved, as typed for failed sign-ins
 * @param ip the client's address, when the event came from a web request
 * @param detail a short free text (which field was viewed, which roles were set), never a secret
 */
public record SecurityEvent(
        Kind kind,
        @Nullable AccountId subject,
        @Nullable AccountId actor,
        String email,
        @Nullable String ip,
        String detail) {

    /** The kinds of security event Loket records. */
    public enum Kind {
        ACCOUNT_REGISTERED,
        EMAIL_CONFIRMED,
        STAFF_INVITED,
        SIGN_IN_SUCCEEDED,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        SIGNED_OUT_ELSEWHERE,
        PASSWORD_CHANGED,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET_COMPLETED,
        PASSWORD_RESET_FORCED,
        TWO_FACTOR_ENABLED,
        TWO_FACTOR_DISABLED,
        TWO_FACTOR_FAILED,
        TWO_FACTOR_REQUIRED_CHANGED,
        RECOVERY_CODE_USED,
        RECOVERY_CODES_REGENERATED,
        ROLES_CHANGED,
        ACCOUNT_DISABLED,
        ACCOUNT_ENABLED,
        EMAIL_CHANGE_REQUESTED,
        EMAIL_CHANGED,
        PERSONAL_DATA_VIEWED,
        PERSONAL_DATA_EXPORTED,
        CUSTOMER_ERASED,
        API_TOKEN_CREATED,
        API_TOKEN_REVOKED
    }
}
