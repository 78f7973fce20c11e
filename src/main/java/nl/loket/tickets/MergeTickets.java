package nl.loket.tickets;

import java.time.Clock;
import nl.loket.tickets.attachments.AttachmentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate ticket into another of the same customer, at the desk. The source's messages
 * (with their files) move to the target, keeping their times, so the target's conversation reads in
 * order; the source keeps its own history, is closed, and from then on leads to the target: its
 * guest keys and portal page open the target and mails to its reply token land there. Not undoable,
 * hence {@link #preview} first. Why moving and not linking: docs/adr/0014-ticket-merge-and-search.md.
 */
@Service
public class MergeTickets {

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final DepartmentRepository departments;
    private final TicketHistory history;
    private final AttachmentStore attachments;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MergeTickets(
            TicketRepository tickets,
            TicketMessageRepository messages,
            DepartmentRepository departments,
            TicketHistory history,
            AttachmentStore attachments,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.departments = departments;
        this.history = history;
        this.attachments = attachments;
        this.facing = facing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What merging {@code source} into the ticket typed as {@code target} would do.
     *
     * @throws TicketNotFoundException when the source does not exist
     * @throws TicketRuleException when the target does not exist or the merge is not allowed
     */
    @Transactional(readOnly = true)
    public MergePreview preview(TicketNumber source, Agent agent, String target) {
        var from = tickets.findByNumber(source.value()).orElseThrow(TicketNotFoundException::new);
        var into = target(target);
        from.checkMergeInto(into);
        return new MergePreview(
                from.number(),
                from.subject(),
                into.number(),
                into.subject(),
                into.status(),
                from.requesterName(),
                from.requesterEmail(),
                messages.findByTicketIdOrderByCreatedAtAscIdAsc(from.id()).size());
    }

    /**
     * Merges {@code source} into {@code target}; see the class comment.
     *
     * @return the target's number
     */
    @Transactional
    public TicketNumber merge(TicketNumber source, Agent agent, String target) {
        var from = tickets.findByNumber(source.value()).orElseThrow(TicketNotFoundException::new);
        var into = target(target);
        var now = clock.instant();
        var status = from.status();
        from.checkMergeInto(into);
        // Rows first, while neither ticket has unsaved changes: the bulk updates do not flush them
        // halfway, and both tickets are indexed once, at commit, with their messages in place.
        messages.moveAll(from.id(), into.id());
        attachments.moveTicket(from.id(), into.id());
        // Tickets merged into the source earlier now lead straight to the target as well.
        tickets.redirectMerged(from.id(), into.id());
        from.mergeInto(into, now);
        tickets.save(from);
        tickets.save(into);
        var actor = Actor.of(agent);
        history.record(from, actor, now);
        history.record(into, actor, now);
        if (status != TicketStatus.CLOSED) {
            // The customer is led to the target; a "your question is closed" mail would only confuse.
            events.publishEvent(new TicketStatusChanged(
                    facing.silentContext(
                            from, departments.findById(from.departmentId()).orElseThrow()),
                    status,
                    TicketStatus.CLOSED,
                    AuthorKind.STAFF,
                    false));
        }
        return into.number();
    }

    private Ticket target(String number) {
        return TicketNumber.parse(number)
                .flatMap(parsed -> tickets.findByNumber(parsed.value()))
                .orElseThrow(() -> new TicketRuleException(
                        "tickets.rule.merge-target-unknown", "No ticket with that number: " + number));
    }
}
