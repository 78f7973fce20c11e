package nl.loket.tickets.web;

import nl.loket.shared.EmailAddress;

/**
 * A form anyone can send (a question, a callback request): a signed-in visitor sends it under their
 * account's address and name, and it has a honeypot field that only robots fill in.
 */
interface PublicForm<F extends PublicForm<F>> {

    /** The same form with the account's address and name, which cannot be changed on it. */
    F signedInAs(EmailAddress address, String accountName);

    boolean filledByRobot();

    EmailAddress address();
}
