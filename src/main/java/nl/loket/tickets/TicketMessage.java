package nl.loket.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One message of a ticket's conversation. A staff message keeps its author (id and name as it was
 * then) for staff; customers are shown the team instead ({@link CustomerFacing}). An internal note
 * is always by staff and never leaves the desk.
 */
@Entity
@Table(name = "ticket_message")
class TicketMessage {

    static final int MAX_TEXT = 50_000;
    static final int MAX_MESSAGE_ID = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ticketId;

    @Enumerated(EnumType.STRING)
    private AuthorKind authorKind;

    private String authorName;
    private @Nullable Long staffId;
    private boolean internal;

    @Enumerated(EnumType.STRING)
    private Channel source;

    private String body;
    private @Nullable String inboundMessageId;
    private Instant createdAt;

    protected TicketMessage() {
        this.authorKind = AuthorKind.SYSTEM;
        this.authorName = "";
        this.source = Channel.WEB;
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    private TicketMessage(
            long ticketId,
            AuthorKind authorKind,
            String authorName,
            @Nullable AccountId staff,
            boolean internal,
            Channel source,
            String body,
            Instant now) {
        this();
        if (body.isBlank()) {
            throw new IllegalArgumentException("A message needs text");
        }
        this.ticketId = ticketId;
        this.authorKind = authorKind;
        this.authorName = Ticket.shorten(authorName.strip(), 200);
        this.staffId = staff == null ? null : staff.value();
        this.internal = internal;
        this.source = source;
        this.body = Ticket.shorten(body.strip(), MAX_TEXT);
        this.createdAt = now;
    }

    static TicketMessage fromCustomer(Ticket ticket, String name, Channel source, String body, Instant now) {
        return new TicketMessage(ticket.id(), AuthorKind.CUSTOMER, name, null, false, source, body, now);
    }

    static TicketMessage reply(Ticket ticket, Agent agent, Channel source, String body, Instant now) {
        return new TicketMessage(ticket.id(), AuthorKind.STAFF, agent.name(), agent.id(), false, source, body, now);
    }

    static TicketMessage note(Ticket ticket, Agent agent, Channel source, String body, Instant now) {
        return new TicketMessage(ticket.id(), AuthorKind.STAFF, agent.name(), agent.id(), true, source, body, now);
    }

    /** The mail this message came in, so that reading it again does not add it twice. */
    TicketMessage receivedAs(String messageId) {
        this.inboundMessageId = storedMessageId(messageId);
        return this;
    }

    /** A Message-ID as the column keeps it (cut to its length), for storing and finding alike. */
    static String storedMessageId(String messageId) {
        return Ticket.shorten(messageId.strip(), MAX_MESSAGE_ID);
    }

    long ticketId() {
        return ticketId;
    }

    AuthorKind authorKind() {
        return authorKind;
    }

    String authorName() {
        return authorName;
    }

    @Nullable
    AccountId staff() {
        return staffId == null ? null : new AccountId(staffId);
    }

    boolean internal() {
        return internal;
    }

    Channel source() {
        return source;
    }

    String body() {
        return body;
    }

    @Nullable
    String inboundMessageId() {
        return inboundMessageId;
    }

    Instant createdAt() {
        return createdAt;
    }

    long id() {
        return id == null ? 0 : id;
    }
}
