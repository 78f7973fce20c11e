package nl.loket.tickets;

import nl.loket.accounts.AccountId;

/**
 * A member of staff who works with customers, acting on tickets. Made by {@link Agents} from the
 * signed-in account, so that only customer-facing staff can be one. The name is for colleagues
 * only; customers never see it.
 */
public record Agent(AccountId id, String name) {}
