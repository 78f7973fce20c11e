package nl.loket.tickets.servicelevel;

/** The clocks of a service level: each starts at its own moment and stops when its target is met. */
public enum ServiceClock {
    /** From the ticket's opening to the team's first reply. */
    FIRST_RESPONSE,
    /** From each customer message to the team's next reply. */
    NEXT_RESPONSE,
    /** From the ticket's opening to its resolution. */
    RESOLUTION;

    public String messageKey() {
        return "tickets.service-level.clock." + name();
    }
}
