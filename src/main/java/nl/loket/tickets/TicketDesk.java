package nl.loket.tickets;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.tickets.attachments.Attachment;
import nl.loket.tickets.attachments.Upload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket module's entry point for customers and guests: open a ticket, follow it, answer it,
 * close it. Every read and change of one ticket is checked against a {@link TicketAccess}; what comes
 * back is the customer's view, in which staff are the team. Staff work tickets through
 * {@link AgentDesk}.
 */
@Service
public class TicketDesk {

    /** A customer's list shows their newest tickets; nobody has more than this many open questions. */
    static final int CUSTOMER_LIST_LIMIT = 200;

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final DepartmentRepository departments;
    private final TicketHistory history;
    private final TicketAccessKeys keys;
    private final TicketOpening opening;
    private final CustomerFacing facing;
    private final ApplicationEventPublisher events;
    private final MessageFiles files;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TicketDesk(
            TicketRepository tickets,
            TicketMessageRepository messages,
            DepartmentRepository departments,
            TicketHistory history,
            TicketAccessKeys keys,
            TicketOpening opening,
            CustomerFacing facing,
            ApplicationEventPublisher events,
            MessageFiles files,
            JdbcTemplate jdbc,
            Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.messages = messages;
        this.departments = departments;
        this.history = history;
        this.keys = keys;
        this.opening = opening;
        this.facing = facing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The departments a customer can choose, in their order. Every form page and every post asks, so
     * it is one plain query rather than a transaction that loads entities.
     */
    public List<DepartmentView> departments() {
        return jdbc.query(
                "select id, code, name_nl, name_en, active, sort_order from ticket_department"
                        + " where active = true order by sort_order, id",
                (row, index) -> new DepartmentView(
                        row.getLong("id"),
                        row.getString("code"),
                        row.getString("name_nl"),
                        row.getString("name_en"),
                        row.getBoolean("active"),
                        row.getInt("sort_order")));
    }

    /**
     * Opens a ticket and queues the confirmation mail.
     *
     * @throws IllegalArgumentException when the department does not exist or is inactive, or the
     *     subject or text is empty
     */
    @Transactional
    public OpenedTicket open(OpenTicketCommand command) {
        return open(command, List.of());
    }

    /**
     * Opens a ticket with files on its first message; all are kept or nothing is.
     *
     * @throws AttachmentsRefused when a file is refused; no ticket is opened
     */
    @Transactional
    public OpenedTicket open(OpenTicketCommand command, List<Upload> uploads) {
        var department = departments
                .findByCode(command.departmentCode())
                .filter(Department::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + command.departmentCode()));
        if (command.text().isBlank()) {
            throw new IllegalArgumentException("A ticket needs a message");
        }
        var stored = files.storeAllOrNone(uploads);
        var requester = new Ticket.Requester(command.customer(), command.email(), command.name(), command.language());
        var opened = opening.open(
                department, requester, command.subject(), command.text(), command.channel(), null, clock.instant());
        files.attach(stored, opened.ticket().id(), opened.messageId());
        return new OpenedTicket(opened.ticket().number(), opened.accessKey());
    }

    /** The ticket as its customer sees it, when {@code access} proves it is theirs. */
    @Transactional(readOnly = true)
    public Optional<CustomerTicketView> find(TicketNumber number, TicketAccess access) {
        return accessible(number, access)
                .map(ticket -> facing.view(
                        ticket,
                        departmentOf(ticket),
                        messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id()),
                        tickets.mergedInto(ticket)));
    }

    /** The tickets of a signed-in account, most recently changed first. */
    @Transactional(readOnly = true)
    public List<TicketSummary> ofCustomer(AccountId customer) {
        var all = departments.findAll();
        return tickets
                .findByCustomerIdOrderByUpdatedAtDescIdDesc(customer.value(), PageRequest.of(0, CUSTOMER_LIST_LIMIT))
                .stream()
                .map(ticket -> new TicketSummary(
                        ticket.number(),
                        ticket.subject(),
                        all.stream()
                                .filter(department -> department.id() == ticket.departmentId())
                                .findFirst()
                                .orElseThrow()
                                .toView(),
                        ticket.status(),
                        ticket.updatedAt()))
                .toList();
    }

    /**
     * The customer answers on the web; a resolved or waiting ticket comes back to the agents.
     *
     * @throws TicketNotFoundException when the ticket does not exist or is not theirs
     * @throws TicketRuleException when the ticket is closed
     */
    @Transactional
    public void reply(TicketNumber number, TicketAccess access, String text) {
        reply(number, access, text, List.of());
    }

    /**
     * The customer answers on the web with files; all are kept or nothing is.
     *
     * @throws AttachmentsRefused when a file is refused; nothing is added
     */
    @Transactional
    public void reply(TicketNumber number, TicketAccess access, String text, List<Upload> uploads) {
        reply(number, access, Channel.WEB, text, uploads);
    }

    /**
     * As {@link #reply(TicketNumber, TicketAccess, String, List)}, from another channel (the API).
     *
     * @throws AttachmentsRefused when a file is refused; nothing is added
     */
    @Transactional
    public void reply(TicketNumber number, TicketAccess access, Channel channel, String text, List<Upload> uploads) {
        var ticket = accessible(number, access).orElseThrow(TicketNotFoundException::new);
        var stored = files.storeAllOrNone(uploads);
        var message =
                TicketMessage.fromCustomer(ticket, ticket.requesterName(), channel, requireText(text), clock.instant());
        addCustomerMessage(ticket, message);
        files.attach(stored, ticket.id(), message.id());
    }

    /**
     * A file of the ticket for its customer: 404 for another ticket's file, an internal note's, or
     * an unknown id.
     */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(TicketNumber number, TicketAccess access, long attachmentId) {
        return accessible(number, access).flatMap(ticket -> files.find(ticket.id(), attachmentId, false));
    }

    /**
     * The customer closes their question ("Ja, sluit mijn vraag", "Sluit mijn vraag").
     *
     * @return false when it was closed already
     * @throws TicketNotFoundException when the ticket does not exist or is not theirs
     */
    @Transactional
    public boolean close(TicketNumber number, TicketAccess access) {
        var ticket = accessible(number, access).orElseThrow(TicketNotFoundException::new);
        var now = clock.instant();
        var from = ticket.status();
        if (!ticket.closeByCustomer(now)) {
            return false;
        }
        history.record(ticket, Actor.customer(ticket), now);
        events.publishEvent(new TicketStatusChanged(
                facing.silentContext(ticket, departmentOf(ticket)),
                from,
                TicketStatus.CLOSED,
                AuthorKind.CUSTOMER,
                false));
        return true;
    }

    /** Adds a customer's message (web or mail) and tells the agents; shared with the mailbox. */
    void addCustomerMessage(Ticket ticket, TicketMessage message) {
        var now = message.createdAt();
        ticket.customerReplied(now);
        messages.save(message);
        tickets.save(ticket);
        history.record(ticket, Actor.customer(ticket), now);
        events.publishEvent(
                new CustomerReplied(ticket.number(), departmentOf(ticket).code(), message.source(), ticket.status()));
    }

    private Optional<Ticket> accessible(TicketNumber number, TicketAccess access) {
        return tickets.findByNumber(number.value()).filter(ticket -> switch (access) {
            case TicketAccess.Key key -> keys.opens(ticket.id(), key.key());
            case TicketAccess.Account account ->
                account.account().equals(ticket.customer())
                        || tickets.existsByMergedIntoIdAndCustomerId(
                                ticket.id(), account.account().value());
        });
    }

    private Department departmentOf(Ticket ticket) {
        return departments.findById(ticket.departmentId()).orElseThrow();
    }

    static String requireText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A message needs text");
        }
        return text;
    }
}
