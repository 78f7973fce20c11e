package nl.loket.tickets;

import java.time.Instant;

/** A line in a customer's list of their own tickets. */
public record TicketSummary(
        TicketNumber number, String subject, DepartmentView department, TicketStatus status, Instant updatedAt) {}
