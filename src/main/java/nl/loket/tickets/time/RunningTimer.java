package nl.loket.tickets.time;

import java.time.Instant;
import nl.loket.tickets.TicketNumber;

/** An agent's running timer: on which ticket, since when, and what the entry will say. */
public record RunningTimer(
        long ticketId, TicketNumber ticket, boolean billable, String description, Instant startedAt) {}
