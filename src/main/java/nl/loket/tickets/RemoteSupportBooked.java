package nl.loket.tickets;

/** A customer booked remote support; the booking's ticket was opened quietly and this mail confirms both. */
public record RemoteSupportBooked(TicketMailContext mail, Appointment appointment, String text) {}
