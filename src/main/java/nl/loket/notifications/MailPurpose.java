package nl.loket.notifications;

/**
 * Why a mail is sent, which decides the sender identity it goes out with (configured per purpose in
 * {@code loket.mail.senders.*}), as the seed's administratie@ / helpdesk@ / hosting@ addresses do.
 */
public enum MailPurpose {
    /** Sign-in, confirmation, reset and security notices. */
    ACCOUNT,
    /** The Support Center: tickets and their replies. */
    SUPPORT,
    /** Invoices, payments and subscriptions. */
    BILLING,
    /** Technical notices about hosting packages. */
    HOSTING
}
