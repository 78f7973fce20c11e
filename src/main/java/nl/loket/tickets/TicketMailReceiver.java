package nl.loket.tickets;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where inbound mails land (see {@link TicketMailbox}). A mail belongs to a ticket when it carries
 * the ticket's reply token, or the ticket's number in the subject and comes from the ticket's own
 * address; anything else opens a new ticket in the department it was sent to. A mail that answers a
 * closed ticket opens a follow-up; one that answers a merged ticket lands on the ticket it was merged
 * into. The same Message-ID is taken once.
 */
@Component
class TicketMailReceiver implements TicketMailbox {

    private static final Logger log = LoggerFactory.getLogger(TicketMailReceiver.class);
    private static final String NO_SUBJECT = "(-)";
    private static final int SUBJECT_FROM_TEXT = 80;

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final DepartmentRepository departments;
    private final TicketOpening opening;
    private final TicketDesk desk;
    private final TicketHistory history;
    private final Senders senders;
    private final TicketSettings settings;
    private final MessageFiles files;
    private final Clock clock;

    TicketMailReceiver(
            TicketRepository tickets,
            TicketMessageRepository messages,
            DepartmentRepository departments,
            TicketOpening opening,
            TicketDesk desk,
            TicketHistory history,
            Senders senders,
            TicketSettings settings,
            MessageFiles files,
            Clock clock) {
        this.files = files;
        this.tickets = tickets;
        this.messages = messages;
        this.departments = departments;
        this.opening = opening;
        this.desk = desk;
        this.history = history;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public InboundResult receive(InboundMessage message) {
        var earlier = messages.findByInboundMessageId(TicketMessage.storedMessageId(message.messageId()));
        if (earlier.isPresent()) {
            return alreadyReceived(earlier.get());
        }
        var all = departments.findAllByOrderBySortOrderAscIdAsc();
        if (all.stream().anyMatch(department -> senders.addressOf(department).equals(message.from()))) {
            return new InboundResult.Refused("Sent from one of our own department addresses: " + message.from());
        }
        var ticket = answeredTicket(message).map(this::mergedTarget);
        var now = clock.instant();
        if (ticket.isPresent() && ticket.get().status() != TicketStatus.CLOSED) {
            var customerMessage = TicketMessage.fromCustomer(
                            ticket.get(), authorName(message, ticket.get()), Channel.EMAIL, textOf(message), now)
                    .receivedAs(message.messageId());
            desk.addCustomerMessage(ticket.get(), customerMessage);
            files.keepFromMail(message.attachments(), ticket.get().id(), customerMessage.id(), now);
            return new InboundResult.AddedToTicket(ticket.get().number().value());
        }
        var department = ticket.map(found -> departments.findById(found.departmentId()))
                .flatMap(found -> found)
                .filter(Department::isActive)
                .or(() -> senders.addressedTo(message.recipients(), all))
                .or(() -> departments.findByCode(settings.defaultDepartment()))
                .orElseGet(all::getFirst);
        var requester = new Ticket.Requester(
                null,
                message.from(),
                nameOf(message),
                ticket.map(Ticket::language).orElse(nl.loket.shared.Language.NL));
        var opened = opening.open(
                department, requester, subjectOf(message), textOf(message), Channel.EMAIL, message.messageId(), now);
        files.keepFromMail(message.attachments(), opened.ticket().id(), opened.messageId(), now);
        ticket.ifPresent(closed -> history.record(
                opened.ticket().id(),
                Actor.system(),
                new Ticket.Change("FOLLOW_UP_OF", null, closed.number().value()),
                now));
        log.info(
                "Mail {} opened ticket {}", message.messageId(), opened.ticket().number());
        return new InboundResult.OpenedTicket(opened.ticket().number().value());
    }

    /** By reply token (from any sender: the token is the secret), else by number from the requester. */
    private Optional<Ticket> answeredTicket(InboundMessage message) {
        var token = message.ticketToken();
        if (token != null && TicketSecrets.REPLY_TOKEN.matcher(token).matches()) {
            var byToken = tickets.findByReplyToken(token);
            if (byToken.isPresent()) {
                return byToken;
            }
        }
        var number = message.ticketNumber();
        if (number == null) {
            return Optional.empty();
        }
        return TicketNumber.parse(number)
                .flatMap(parsed -> tickets.findByNumber(parsed.value()))
                .filter(found -> found.requesterEmail().equals(message.from()));
    }

    /** A merged ticket's mail belongs to the ticket it was merged into (one step: merges move pointers along). */
    private Ticket mergedTarget(Ticket ticket) {
        var target = ticket.mergedIntoId();
        return target == null ? ticket : tickets.findById(target).orElse(ticket);
    }

    private InboundResult alreadyReceived(TicketMessage message) {
        var ticket = tickets.findById(message.ticketId()).orElseThrow();
        var first = messages.findFirstByTicketIdOrderByCreatedAtAscIdAsc(ticket.id());
        var opened = first.isPresent() && first.get().id() == message.id();
        var number = ticket.number().value();
        return opened ? new InboundResult.OpenedTicket(number) : new InboundResult.AddedToTicket(number);
    }

    private static String authorName(InboundMessage message, Ticket ticket) {
        return message.from().equals(ticket.requesterEmail()) ? ticket.requesterName() : nameOf(message);
    }

    private static String nameOf(InboundMessage message) {
        var name = message.fromName().strip();
        if (!name.isEmpty()) {
            return name;
        }
        var address = message.from().value();
        return address.substring(0, address.indexOf('@'));
    }

    private static String subjectOf(InboundMessage message) {
        var subject = message.subject()
                .replaceAll("\\[#\\d{4}-\\d{4}]", "")
                .replaceAll("(?i)^\\s*((re|aw|antw|fwd?|doorst)\\s*:\\s*)+", "")
                .strip();
        if (!subject.isEmpty()) {
            return subject;
        }
        // Without a subject the first words of the message name the ticket in the queue.
        var firstLine = textOf(message).strip().lines().findFirst().orElse("").strip();
        return firstLine.isEmpty() ? NO_SUBJECT : Ticket.shorten(firstLine, SUBJECT_FROM_TEXT);
    }

    private static String textOf(InboundMessage message) {
        var text = message.text().isBlank() ? message.originalText() : message.text();
        return text.isBlank() ? NO_SUBJECT : text;
    }
}
