package nl.loket.tickets;

import java.time.Instant;
import nl.loket.tickets.servicelevel.CustomerServiceLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens tickets, whatever the channel: a number nobody has, a reply token, the first message, the
 * history's first line, an access key, the customer's service level (its clocks start), and the
 * {@link TicketOpened} event for the confirmation mail.
 */
@Component
class TicketOpening {

    private static final int NUMBER_ATTEMPTS = 20;

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final TicketHistory history;
    private final TicketAccessKeys keys;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final CustomerServiceLevels levels;

    TicketOpening(
            TicketRepository tickets,
            TicketMessageRepository messages,
            TicketHistory history,
            TicketAccessKeys keys,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            CustomerServiceLevels levels) {
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.keys = keys;
        this.facing = facing;
        this.events = events;
        this.levels = levels;
    }

    /** A ticket that was opened, with the key of its first private link. */
    record Opened(Ticket ticket, String accessKey, long messageId, String text) {}

    Opened open(
            Department department,
            Ticket.Requester requester,
            String subject,
            String text,
            Channel channel,
            @Nullable String inboundMessageId,
            Instant now) {
        var opened = openQuietly(department, requester, subject, text, channel, inboundMessageId, now);
        var ticket = opened.ticket();
        var path = ticket.isGuest()
                ? "/tickets/" + ticket.number().value() + "?key=" + opened.accessKey()
                : "/portal/tickets/" + ticket.number().value();
        events.publishEvent(new TicketOpened(
                facing.mailContext(ticket, department, path), opened.text(), channel, inboundMessageId));
        return opened;
    }

    /**
     * As {@link #open}, without the {@link TicketOpened} event: for tickets whose customer gets a mail
     * of their own instead of "we received your question" (a remote-support booking).
     */
    Opened openQuietly(
            Department department,
            Ticket.Requester requester,
            String subject,
            String text,
            Channel channel,
            @Nullable String inboundMessageId,
            Instant now) {
        var opening = new Ticket(freeNumber(), department.id(), subject, requester, TicketSecrets.newReplyToken(), now);
        levels.forRequester(requester.customer()).ifPresent(level -> opening.startWithServiceLevel(level.id()));
        var ticket = tickets.save(opening);
        var message = TicketMessage.fromCustomer(ticket, requester.name(), channel, text, now);
        if (inboundMessageId != null) {
            message.receivedAs(inboundMessageId);
        }
        messages.save(message);
        history.record(ticket, Actor.customer(ticket), now);
        var key = keys.issue(ticket.id(), now);
        return new Opened(ticket, key, message.id(), message.body());
    }

    /** A random number that is not taken yet (the unique constraint settles a race between nodes). */
    private TicketNumber freeNumber() {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            var number = TicketNumber.random();
            if (!tickets.existsByNumber(number.value())) {
                return number;
            }
        }
        throw new IllegalStateException("No free ticket number found; are nearly all numbers taken?");
    }
}
