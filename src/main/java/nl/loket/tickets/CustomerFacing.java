package nl.loket.tickets;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place where a ticket is turned into what its customer may see, in pages and in mails:
 * internal notes are left out and every staff or system message is signed by the team, whatever
 * the agent's name. Anything customer-facing is built here (see docs/adr/0010).
 */
@Component
class CustomerFacing {

    /** How many earlier messages a reply mail quotes. */
    static final int QUOTED_IN_MAIL = 5;

    private final Senders senders;
    private final TicketAccessKeys keys;
    private final MessageFiles files;

    CustomerFacing(Senders senders, TicketAccessKeys keys, MessageFiles files) {
        this.senders = senders;
        this.keys = keys;
        this.files = files;
    }

    String teamName() {
        return senders.teamName();
    }

    List<ConversationEntry> conversation(List<TicketMessage> messages) {
        return messages.stream()
                .filter(message -> !message.internal())
                .map(this::entry)
                .toList();
    }

    ConversationEntry entry(TicketMessage message) {
        var fromCustomer = message.authorKind() == AuthorKind.CUSTOMER;
        return new ConversationEntry(
                fromCustomer,
                fromCustomer ? message.authorName() : teamName(),
                message.createdAt(),
                message.body(),
                files.of(message));
    }

    /** The earlier customer-visible messages a mail quotes, newest first. */
    List<ConversationEntry> quoted(List<TicketMessage> earlier) {
        var visible = conversation(earlier);
        return visible.reversed().stream().limit(QUOTED_IN_MAIL).toList();
    }

    CustomerTicketView view(
            Ticket ticket,
            Department department,
            List<TicketMessage> messages,
            @org.jspecify.annotations.Nullable TicketNumber mergedInto) {
        return new CustomerTicketView(
                ticket.number(),
                ticket.subject(),
                department.toView(),
                ticket.status(),
                ticket.requesterName(),
                ticket.requesterEmail(),
                ticket.isGuest(),
                ticket.createdAt(),
                ticket.updatedAt(),
                teamName(),
                conversation(messages),
                ticket.status() != TicketStatus.CLOSED,
                mergedInto);
    }

    /**
     * What a mail to the customer needs. A guest's mail gets a link with a fresh access key (keys
     * are stored hashed, so an earlier one cannot be repeated); a customer's links to the portal.
     */
    TicketMailContext mailContext(Ticket ticket, Department department, Instant now) {
        var path = ticket.isGuest()
                ? "/tickets/" + ticket.number().value() + "?key=" + keys.issue(ticket.id(), now)
                : "/portal/tickets/" + ticket.number().value();
        return mailContext(ticket, department, path);
    }

    /** For events that mail nothing: no key is issued, the path is the bare ticket page. */
    TicketMailContext silentContext(Ticket ticket, Department department) {
        return mailContext(ticket, department, "/tickets/" + ticket.number().value());
    }

    TicketMailContext mailContext(Ticket ticket, Department department, String path) {
        return new TicketMailContext(
                ticket.number(),
                ticket.subject(),
                ticket.requesterEmail(),
                ticket.requesterName(),
                ticket.language(),
                department.code(),
                senders.of(department),
                senders.replyTo(department, ticket.replyToken()),
                path,
                ticket.isGuest(),
                teamName());
    }
}
