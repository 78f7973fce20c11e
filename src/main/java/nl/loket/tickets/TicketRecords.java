package nl.loket.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features kept beside a ticket (billable time in {@code tickets.time}) need of it: which
 * ticket a number is, whether a customer may see it (the same proof as {@link TicketDesk} asks),
 * and a line in its history. They keep their own tables and refer to the ticket by id.
 */
@Component
public class TicketRecords {

    /** A ticket by id, with what an overview or an invoice line needs. */
    public record TicketRef(
            long id,
            TicketNumber number,
            String subject,
            @Nullable AccountId customer,
            EmailAddress requesterEmail,
            String requesterName) {}

    private final TicketRepository tickets;
    private final TicketAccessKeys keys;
    private final TicketHistory history;

    TicketRecords(TicketRepository tickets, TicketAccessKeys keys, TicketHistory history) {
        this.tickets = tickets;
        this.keys = keys;
        this.history = history;
    }

    /** Any ticket, for staff (the desk decides who is staff). */
    @Transactional(readOnly = true)
    public Optional<TicketRef> forStaff(TicketNumber number) {
        return tickets.findByNumber(number.value()).map(TicketRecords::ref);
    }

    /** The ticket only when {@code access} proves it is the customer's. */
    @Transactional(readOnly = true)
    public Optional<TicketRef> forCustomer(TicketNumber number, TicketAccess access) {
        return tickets.findByNumber(number.value())
                .filter(ticket -> switch (access) {
                    case TicketAccess.Key key -> keys.opens(ticket.id(), key.key());
                    case TicketAccess.Account account -> account.account().equals(ticket.customer());
                })
                .map(TicketRecords::ref);
    }

    /** The tickets with these ids, by id (missing ones are left out). */
    @Transactional(readOnly = true)
    public Map<Long, TicketRef> byIds(Collection<Long> ids) {
        return tickets.findAllById(ids).stream().collect(Collectors.toMap(Ticket::id, TicketRecords::ref));
    }

    /** Adds a line to the ticket's history, with the agent's name (staff see it, customers never). */
    public void recordHistory(
            long ticketId,
            Agent agent,
            String change,
            @Nullable String oldValue,
            @Nullable String newValue,
            Instant at) {
        history.record(ticketId, Actor.of(agent), new Ticket.Change(change, oldValue, newValue), at);
    }

    private static TicketRef ref(Ticket ticket) {
        return new TicketRef(
                ticket.id(),
                ticket.number(),
                ticket.subject(),
                ticket.customer(),
                ticket.requesterEmail(),
                ticket.requesterName());
    }
}
