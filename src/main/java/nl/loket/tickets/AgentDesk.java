package nl.loket.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.attachments.Attachment;
import nl.loket.tickets.attachments.Upload;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where staff work one ticket: read all of it (internal notes and history included), answer as the
 * team, write internal notes, change status and priority, take it on. Every change lands in the
 * history with the agent's name; what the customer should hear leaves as an event. The queue is
 * {@link TicketQueue}.
 */
@Service
public class AgentDesk {

    /** The longest reason a service level change takes (what the history keeps). */
    public static final int MAX_LEVEL_REASON = Ticket.MAX_REASON;

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final DepartmentRepository departments;
    private final TicketHistory history;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final Agents agents;
    private final MessageFiles files;
    private final TicketClocks clocks;
    private final ServiceLevels levels;
    private final Clock clock;

    AgentDesk(
            TicketRepository tickets,
            TicketMessageRepository messages,
            DepartmentRepository departments,
            TicketHistory history,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            Agents agents,
            MessageFiles files,
            TicketClocks clocks,
            ServiceLevels levels,
            Clock clock) {
        this.files = files;
        this.clocks = clocks;
        this.levels = levels;
        this.tickets = tickets;
        this.messages = messages;
        this.departments = departments;
        this.history = history;
        this.facing = facing;
        this.events = events;
        this.agents = agents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AgentTicketView> find(TicketNumber number, Agent agent) {
        return tickets.findByNumber(number.value()).map(this::view);
    }

    /**
     * Answers the customer as the team; the ticket then has status {@code after} (by default the
     * desk proposes waiting for the customer).
     */
    @Transactional
    public void reply(TicketNumber number, Agent agent, String text, TicketStatus after) {
        reply(number, agent, Channel.WEB, text, after, List.of());
    }

    /**
     * Answers as the team with files, which the customer sees on their pages and finds linked in the
     * mail; all files are kept or nothing is.
     *
     * @throws AttachmentsRefused when a file is refused; nothing is sent or changed
     */
    @Transactional
    public void reply(
            TicketNumber number, Agent agent, Channel channel, String text, TicketStatus after, List<Upload> uploads) {
        var ticket = load(number);
        var stored = files.storeAllOrNone(uploads);
        var now = clock.instant();
        var earlier = messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id());
        var from = ticket.status();
        ticket.staffReplied(after, now);
        var reply = messages.save(TicketMessage.reply(ticket, agent, channel, TicketDesk.requireText(text), now));
        files.attach(stored, ticket.id(), reply.id());
        save(ticket, agent, now);
        var department = departmentOf(ticket);
        if (from != ticket.status()) {
            events.publishEvent(new TicketStatusChanged(
                    facing.silentContext(ticket, department), from, ticket.status(), AuthorKind.STAFF, false));
        }
        var answers = earlier.reversed().stream()
                .filter(message -> message.authorKind() == AuthorKind.CUSTOMER)
                .findFirst()
                .map(TicketMessage::inboundMessageId)
                .orElse(null);
        events.publishEvent(new StaffReplied(
                facing.mailContext(ticket, department, now),
                reply.body(),
                ticket.status(),
                facing.quoted(earlier),
                answers,
                files.of(reply)));
    }

    /**
     * Answers the customer as the team, unless messages from others came in after {@code seen} (the
     * newest message on the page the reply was written on): then nothing is sent or changed, and the
     * agent reads them first.
     *
     * @throws StaleReplyException when the agent has not seen the newest messages
     */
    @Transactional
    public void reply(TicketNumber number, Agent agent, String text, TicketStatus after, SeenUpTo seen) {
        reply(number, agent, Channel.WEB, text, after, List.of(), seen);
    }

    /**
     * Answers as the team with files, unless messages from others came in after {@code seen}.
     *
     * @throws StaleReplyException when the agent has not seen the newest messages
     * @throws AttachmentsRefused when a file is refused; nothing is sent or changed
     */
    @Transactional
    public void reply(
            TicketNumber number,
            Agent agent,
            Channel channel,
            String text,
            TicketStatus after,
            List<Upload> uploads,
            SeenUpTo seen) {
        var unread = unread(number, agent, seen);
        if (!unread.isEmpty()) {
            throw new StaleReplyException(unread);
        }
        reply(number, agent, channel, text, after, uploads);
    }

    /**
     * An internal note, never held back (it reaches no customer); returns the ids of the messages
     * that came in after {@code seen}, so that the agent can be told to read them.
     */
    @Transactional
    public List<Long> note(TicketNumber number, Agent agent, String text, SeenUpTo seen) {
        return note(number, agent, Channel.WEB, text, List.of(), seen);
    }

    /** An internal note with files, never held back; returns the ids of the messages that came in after {@code seen}. */
    @Transactional
    public List<Long> note(
            TicketNumber number, Agent agent, Channel channel, String text, List<Upload> uploads, SeenUpTo seen) {
        var unread = unread(number, agent, seen);
        note(number, agent, channel, text, uploads);
        return unread;
    }

    /** An internal note: for colleagues only, never shown or mailed to the customer. */
    @Transactional
    public void note(TicketNumber number, Agent agent, String text) {
        note(number, agent, Channel.WEB, text, List.of());
    }

    /**
     * An internal note with files: note and files are for colleagues only; a customer can neither
     * see nor fetch them. All files are kept or nothing is.
     *
     * @throws AttachmentsRefused when a file is refused; no note is written
     */
    @Transactional
    public void note(TicketNumber number, Agent agent, Channel channel, String text, List<Upload> uploads) {
        var ticket = load(number);
        var stored = files.storeAllOrNone(uploads);
        var now = clock.instant();
        ticket.noteAdded(now);
        var note = messages.save(TicketMessage.note(ticket, agent, channel, TicketDesk.requireText(text), now));
        files.attach(stored, ticket.id(), note.id());
        save(ticket, agent, now);
    }

    /**
     * Any file of the ticket (the customer's, a reply's, a note's) for staff; empty for an unknown
     * ticket, an unknown id or another ticket's file.
     */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(TicketNumber number, Agent agent, long attachmentId) {
        return tickets.findByNumber(number.value()).flatMap(ticket -> files.find(ticket.id(), attachmentId, true));
    }

    @Transactional
    public void changeStatus(TicketNumber number, Agent agent, TicketStatus to) {
        change(number, agent, ticket -> ticket.changeStatusByStaff(to, clock.instant()));
    }

    @Transactional
    public void changePriority(TicketNumber number, Agent agent, TicketPriority priority) {
        change(number, agent, ticket -> ticket.changePriority(priority, clock.instant()));
    }

    /** The agent takes the ticket on (a new ticket becomes open). */
    @Transactional
    public void claim(TicketNumber number, Agent agent) {
        change(number, agent, ticket -> ticket.claim(agent.id(), clock.instant()));
    }

    /**
     * Gives the ticket to a colleague who works the desk; they find it under "mine". The customer
     * hears nothing of it.
     */
    @Transactional
    public void assign(TicketNumber number, Agent agent, AccountId assignee) {
        var colleague = agents.colleague(assignee)
                .orElseThrow(() -> new TicketRuleException(
                        "tickets.rule.not-a-colleague", "Only staff who work the desk can get a ticket"));
        change(number, agent, ticket -> ticket.assign(colleague.id(), clock.instant()));
    }

    /**
     * Hands the ticket over to another department, unassigned, with an optional internal note for the
     * receiving team. The customer hears nothing of it; their pages show the new department, never a
     * name.
     */
    @Transactional
    public void handOver(TicketNumber number, Agent agent, String departmentCode, @Nullable String note) {
        var ticket = load(number);
        var to = departments
                .findByCode(departmentCode)
                .filter(Department::isActive)
                .orElseThrow(() -> new TicketRuleException(
                        "tickets.rule.unknown-department", "No active department " + departmentCode));
        var now = clock.instant();
        ticket.handOver(to.id(), departmentOf(ticket).code(), to.code(), now);
        if (note != null && !note.isBlank()) {
            ticket.noteAdded(now);
            messages.save(TicketMessage.note(ticket, agent, Channel.WEB, TicketDesk.requireText(note), now));
        }
        save(ticket, agent, now);
    }

    /**
     * Gives the ticket another service level, with a reason for the history. Its clocks are measured
     * against the new targets from the opening on; the customer hears nothing of it.
     */
    @Transactional
    public void changeServiceLevel(TicketNumber number, Agent agent, long levelId, String reason) {
        var level = levels.find(levelId)
                .orElseThrow(() ->
                        new TicketRuleException("tickets.rule.unknown-service-level", "No service level " + levelId));
        var ticket = load(number);
        var current = ticket.serviceLevelId();
        var from = current == null
                ? null
                : levels.cached(current).map(ServiceLevelDetails::name).orElse(null);
        var now = clock.instant();
        ticket.changeServiceLevel(level.id(), from, level.name(), reason, now);
        save(ticket, agent, now);
    }

    private void change(TicketNumber number, Agent agent, Consumer<Ticket> change) {
        var ticket = load(number);
        var from = ticket.status();
        change.accept(ticket);
        var now = clock.instant();
        save(ticket, agent, now);
        if (from != ticket.status()) {
            var department = departmentOf(ticket);
            var informs = informsCustomer(from, ticket.status());
            var mail = informs ? facing.mailContext(ticket, department, now) : facing.silentContext(ticket, department);
            events.publishEvent(new TicketStatusChanged(mail, from, ticket.status(), AuthorKind.STAFF, informs));
        }
    }

    /** Staff's own bookkeeping (new to open, back to open) is no news for the customer; the rest is. */
    static boolean informsCustomer(TicketStatus from, TicketStatus to) {
        return switch (to) {
            case WAITING_FOR_CUSTOMER, ON_HOLD, RESOLVED, CLOSED -> true;
            case OPEN -> from == TicketStatus.RESOLVED || from == TicketStatus.CLOSED;
            case NEW -> false;
        };
    }

    private void save(Ticket ticket, Agent agent, Instant now) {
        tickets.save(ticket);
        history.record(ticket, Actor.of(agent), now);
    }

    private Ticket load(TicketNumber number) {
        return tickets.findByNumber(number.value()).orElseThrow(TicketNotFoundException::new);
    }

    /**
     * The messages after {@code seen} by others. The ticket is loaded first: a message that arrives
     * after this read changes the ticket's version, so the caller's save fails instead of sending a
     * reply on a stale view.
     */
    private List<Long> unread(TicketNumber number, Agent agent, SeenUpTo seen) {
        var ticket = load(number);
        var conversation = messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id()).stream()
                .map(message -> asSeenByStaff(message, List.of()))
                .toList();
        return seen.unread(conversation, agent.id()).stream()
                .map(AgentMessage::id)
                .toList();
    }

    private Department departmentOf(Ticket ticket) {
        return departments.findById(ticket.departmentId()).orElseThrow();
    }

    private AgentTicketView view(Ticket ticket) {
        var attached = files.byMessage(ticket.id());
        var all = messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id()).stream()
                .map(message -> asSeenByStaff(message, attached.getOrDefault(message.id(), List.of())))
                .toList();
        return new AgentTicketView(
                ticket.number(),
                ticket.subject(),
                departmentOf(ticket).toView(),
                ticket.status(),
                ticket.priority(),
                ticket.requesterName(),
                ticket.requesterEmail(),
                ticket.customer(),
                ticket.language(),
                ticket.assignee(),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.version(),
                all,
                history.of(ticket.id()),
                tickets.mergedInto(ticket),
                clocks.of(ticket).orElse(null));
    }

    private static AgentMessage asSeenByStaff(TicketMessage message, List<AttachedFile> attached) {
        return new AgentMessage(
                message.id(),
                message.authorKind(),
                message.authorName(),
                message.staff(),
                message.internal(),
                message.source(),
                message.createdAt(),
                message.body(),
                attached);
    }
}
