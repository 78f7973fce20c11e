package nl.loket.tickets;

/** A remote-support appointment is near; exactly one node claimed it, so it is mailed once. */
public record RemoteSupportReminderDue(TicketMailContext mail, Appointment appointment) {}
