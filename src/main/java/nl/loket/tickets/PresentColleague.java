package nl.loket.tickets;

/** A colleague who has the same ticket open at the desk right now, and what they are doing there. */
public record PresentColleague(String name, DeskActivity activity) {}
