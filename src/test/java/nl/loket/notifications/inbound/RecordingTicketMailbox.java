package nl.loket.notifications.inbound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.loket.tickets.InboundMessage;
import nl.loket.tickets.TicketMailbox;

/**
 * A ticket module stand-in that writes down every message it is handed: a reply (one with a ticket
 * number) is "added" to that ticket, anything else "opens" ticket 9999-0001. It can be told to refuse
 * or fail on subjects containing a text, after doing some work of its own first.
 */
final class RecordingTicketMailbox implements TicketMailbox {

    static final String NEW_TICKET = "9999-0001";

    private final List<InboundMessage> received = new CopyOnWriteArrayList<>();
    private volatile String failOn = "\u0000never";
    private volatile String refuseOn = "\u0000never";
    private volatile Consumer<InboundMessage> work = message -> {};

    @Override
    public InboundResult receive(InboundMessage message) {
        received.add(message);
        work.accept(message);
        if (message.subject().contains(failOn)) {
            throw new IllegalStateException("Ticket store unavailable");
        }
        if (message.subject().contains(refuseOn)) {
            return new InboundResult.Refused("sender blocked");
        }
        return message.ticketNumber() != null
                ? new InboundResult.AddedToTicket(message.ticketNumber())
                : new InboundResult.OpenedTicket(NEW_TICKET);
    }

    List<InboundMessage> received() {
        return List.copyOf(received);
    }

    /** Fails on messages whose subject contains {@code text}. */
    void failOn(String text) {
        failOn = text;
    }

    /** Refuses messages whose subject contains {@code text}. */
    void refuseOn(String text) {
        refuseOn = text;
    }

    /** Does {@code work} inside the handover's transaction before answering. */
    void doing(Consumer<InboundMessage> work) {
        this.work = work;
    }
}
