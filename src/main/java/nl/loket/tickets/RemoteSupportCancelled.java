package nl.loket.tickets;

/**
 * A remote-support booking was cancelled: by its customer, or by the administrators with its slot.
 *
 * @param byStaff whether the administrators cancelled the slot (the mail then apologises)
 */
public record RemoteSupportCancelled(TicketMailContext mail, Appointment appointment, boolean byStaff) {}
