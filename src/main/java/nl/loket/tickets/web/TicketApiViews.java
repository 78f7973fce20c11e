package nl.loket.tickets.web;

import java.time.Clock;
import java.time.Instant;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.QueuePage;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketNotFoundException;
import nl.loket.tickets.TicketNumber;
import org.springframework.stereotype.Component;

/** Turns tickets into the API's JSON for one caller: the customer's view or the agents' whole ticket. */
@Component
class TicketApiViews {

    private final TicketDesk desk;
    private final AgentDesk agentDesk;
    private final StaffNames staffNames;
    private final Clock clock;

    TicketApiViews(TicketDesk desk, AgentDesk agentDesk, StaffNames staffNames, Clock clock) {
        this.clock = clock;
        this.desk = desk;
        this.agentDesk = agentDesk;
        this.staffNames = staffNames;
    }

    /**
     * The ticket as the caller may see it.
     *
     * @throws TicketNotFoundException when it does not exist, the number is malformed, or a customer
     *     asks for someone else's
     */
    Object of(ApiCaller caller, String number) {
        var parsed = parse(number);
        return switch (caller) {
            case ApiCaller.Customer customer ->
                desk.find(parsed, customer.access())
                        .map(TicketApiJson.CustomerTicket::of)
                        .orElseThrow(TicketNotFoundException::new);
            case ApiCaller.Staff staff ->
                agentDesk
                        .find(parsed, staff.agent())
                        .map(view -> TicketApiJson.AgentTicket.of(view, staffNames.byId(), clock.instant()))
                        .orElseThrow(TicketNotFoundException::new);
        };
    }

    TicketApiJson.Queue queue(QueuePage page, Instant now) {
        return TicketApiJson.Queue.of(page, staffNames.byId(), now);
    }

    static TicketNumber parse(String number) {
        return TicketNumber.parse(number).orElseThrow(TicketNotFoundException::new);
    }
}
