package nl.loket.accounts;

import nl.loket.shared.EmailAddress;

/** A line in the staff's customer search: contact data only. */
public record CustomerSummary(AccountId id, String name, EmailAddress email) {}
