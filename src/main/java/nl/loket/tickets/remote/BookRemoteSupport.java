package nl.loket.tickets.remote;

import nl.loket.accounts.AccountSummary;
import nl.loket.tickets.Channel;

/** A signed-in customer takes a place in a slot and describes the problem they want help with. */
public record BookRemoteSupport(long slotId, AccountSummary customer, String description, Channel channel) {}
