package nl.loket.tickets;

import nl.loket.accounts.AccountId;

/**
 * How a customer proves a ticket is theirs: the private link's key (guests, and anyone who has the
 * link), or being signed in as the account the ticket belongs to. The ticket number alone is never
 * enough.
 */
public sealed interface TicketAccess {

    record Key(String key) implements TicketAccess {}

    record Account(AccountId account) implements TicketAccess {}
}
