package nl.loket.accounts;

/** Where an account stands; only {@link #ACTIVE} accounts can sign in. */
public enum AccountStatus {
    /** Registered; the e-mail address is not confirmed yet. */
    PENDING_CONFIRMATION,
    /** Created by an administrator; the invitee has not chosen a password yet. */
    INVITED,
    ACTIVE,
    /** Switched off by an administrator; its sessions were ended. */
    DISABLED,
    /** Personal data anonymised at the holder's request (GDPR); kept only for records the law requires. */
    ERASED
}
