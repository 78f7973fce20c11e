package nl.loket.accounts;

/** Identifies an account; other modules keep this, never a reference to the account itself. */
public record AccountId(long value) {}
