package nl.loket.tickets;

/** How a message reached the ticket: the web pages, an e-mail, or the API. */
public enum Channel {
    WEB,
    EMAIL,
    API
}
