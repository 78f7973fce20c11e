package nl.loket.tickets;

/** Who wrote a message or made a change: the customer (or guest), a member of staff, or Loket itself. */
public enum AuthorKind {
    CUSTOMER,
    STAFF,
    SYSTEM
}
