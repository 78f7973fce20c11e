package nl.loket.tickets;

/**
 * What a member of staff is doing on a desk ticket, as their page reports it: looking at it, or
 * writing a reply to the customer or an internal note (an unsent text in the box). Colleagues see it
 * as a warning; customers never.
 */
public enum DeskActivity {
    VIEWING,
    REPLYING,
    NOTING
}
