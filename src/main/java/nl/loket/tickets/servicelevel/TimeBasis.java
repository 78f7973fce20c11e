package nl.loket.tickets.servicelevel;

/** What a target's minutes count: the calendar's working time, or all time. */
public enum TimeBasis {
    BUSINESS,
    CALENDAR;

    public String messageKey() {
        return "tickets.service-level.basis." + name();
    }
}
