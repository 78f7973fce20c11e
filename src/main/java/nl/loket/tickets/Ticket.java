package nl.loket.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.loket.accounts.AccountId;
import nl.loket.knowledge.SearchAnalysis;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A customer's question and where it stands. Every state change is a method here that guards its
 * rule and notes the change, which the caller writes to the ticket's history together with who made
 * it. Messages live in their own table; the ticket only knows when it last changed.
 *
 * <p>Staff search tickets (index {@code ticket}): number, subject, requester and the text of every
 * message, Dutch-analysed and never stored in the index ({@link TicketMessagesBinder}). A ticket is
 * indexed again whenever it changes, and every new message changes {@code updatedAt}.
 */
@Entity
@Table(name = "ticket")
@Indexed(index = "ticket")
@TypeBinding(binder = @TypeBinderRef(type = TicketMessagesBinder.class))
class Ticket {

    /**
     * One noted change: what changed, from what, to what (values as stored, such as status names),
     * and why when the change needs a reason (a service level change).
     */
    record Change(String kind, @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {

        Change(String kind, @Nullable String oldValue, @Nullable String newValue) {
            this(kind, oldValue, newValue, null);
        }
    }

    static final int MAX_REASON = 500;

    static final int MAX_SUBJECT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @KeywordField
    private String number;

    @GenericField
    private long departmentId;

    @FullTextField(analyzer = SearchAnalysis.DUTCH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @GenericField
    private TicketStatus status;

    @Column(name = "priority")
    private int priorityRank;

    private @Nullable Long customerId;

    @KeywordField(name = "requester_email")
    @FullTextField(name = "requester_email_words")
    private String requesterEmail;

    @FullTextField(name = "requester_name")
    private String requesterName;

    private String requesterLanguage;
    private String replyToken;
    private @Nullable Long assigneeId;
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private @Nullable Long mergedIntoId;

    /** The service level whose clocks run for this ticket (null only for tickets from before levels). */
    private @Nullable Long serviceLevelId;

    @Version
    private long version;

    @Transient
    private final List<Change> changes = new ArrayList<>();

    protected Ticket() {
        this.number = "";
        this.subject = "";
        this.status = TicketStatus.NEW;
        this.priorityRank = TicketPriority.NORMAL.rank();
        this.requesterEmail = "";
        this.requesterName = "";
        this.requesterLanguage = "nl";
        this.replyToken = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A new ticket, as its requester sent it. */
    Ticket(
            TicketNumber number,
            long departmentId,
            String subject,
            Requester requester,
            String replyToken,
            Instant now) {
        this();
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A ticket needs a subject");
        }
        this.number = number.value();
        this.departmentId = departmentId;
        this.subject = shorten(subject.strip().replaceAll("\\s+", " "), MAX_SUBJECT);
        this.customerId =
                requester.customer() == null ? null : requester.customer().value();
        this.requesterEmail = requester.email().value();
        this.requesterName = requester.name();
        this.requesterLanguage = requester.language().code();
        this.replyToken = replyToken;
        this.createdAt = now;
        this.updatedAt = now;
        changes.add(new Change("OPENED", null, status.name()));
    }

    /** The person a ticket is for: a customer with an account, or a guest known by address only. */
    record Requester(@Nullable AccountId customer, EmailAddress email, String name, Language language) {

        Requester {
            name = shorten(name.strip(), 200);
        }
    }

    /** The level the ticket starts with: its customer's, or the default for a guest. */
    void startWithServiceLevel(long levelId) {
        this.serviceLevelId = levelId;
    }

    /**
     * Staff give the ticket another service level, with a reason; its clocks are measured against
     * the new level's targets from the opening on. The history keeps both names and the reason.
     */
    void changeServiceLevel(long levelId, @Nullable String fromName, String toName, String reason, Instant now) {
        if (Objects.equals(serviceLevelId, levelId)) {
            return;
        }
        var why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new TicketRuleException("tickets.rule.service-level-reason", "A level change needs a reason");
        }
        changes.add(new Change("SERVICE_LEVEL", fromName, toName, why));
        serviceLevelId = levelId;
        updatedAt = now;
    }

    /** Staff take the ticket on; a new ticket becomes open. */
    void claim(AccountId agent, Instant now) {
        refuseWhenClosed();
        if (!Objects.equals(assigneeId, agent.value())) {
            changes.add(new Change("ASSIGNEE", idText(assigneeId), String.valueOf(agent.value())));
            assigneeId = agent.value();
        }
        if (status == TicketStatus.NEW) {
            moveTo(TicketStatus.OPEN, now);
        }
        updatedAt = now;
    }

    /** A colleague gives the ticket to another member of staff; the status stays as it is. */
    void assign(AccountId assignee, Instant now) {
        refuseWhenClosed();
        if (!Objects.equals(assigneeId, assignee.value())) {
            changes.add(new Change("ASSIGNEE", idText(assigneeId), String.valueOf(assignee.value())));
            assigneeId = assignee.value();
            updatedAt = now;
        }
    }

    /**
     * The ticket moves to another department; nobody there has it yet, so the receiving team finds it
     * among the unassigned tickets. The history keeps both department codes.
     */
    void handOver(long toDepartmentId, String fromCode, String toCode, Instant now) {
        refuseWhenClosed();
        if (toDepartmentId == departmentId) {
            throw new TicketRuleException("tickets.rule.same-department", "The ticket is in that department already");
        }
        changes.add(new Change("DEPARTMENT", fromCode, toCode));
        departmentId = toDepartmentId;
        if (assigneeId != null) {
            changes.add(new Change("ASSIGNEE", idText(assigneeId), null));
            assigneeId = null;
        }
        updatedAt = now;
    }

    /**
     * Staff set a status. Nothing goes back to new; a closed ticket can only be reopened (to open).
     *
     * @return whether the status changed
     */
    boolean changeStatusByStaff(TicketStatus to, Instant now) {
        if (mergedIntoId != null) {
            // Its conversation continues in the target; reopening it would split it again.
            throw new TicketRuleException("tickets.rule.merged-already", "The ticket was merged into another");
        }
        if (!TicketStatus.CHOSEN_BY_STAFF.contains(to)) {
            throw new TicketRuleException("tickets.rule.status-not-allowed", "Staff cannot set " + to);
        }
        if (status == TicketStatus.CLOSED && to != TicketStatus.OPEN && to != TicketStatus.CLOSED) {
            throw new TicketRuleException("tickets.rule.closed-reopen-only", "A closed ticket can only be reopened");
        }
        if (to == status) {
            return false;
        }
        moveTo(to, now);
        updatedAt = now;
        return true;
    }

    void changePriority(TicketPriority priority, Instant now) {
        refuseWhenClosed();
        if (priority.rank() != priorityRank) {
            changes.add(new Change("PRIORITY", priority().name(), priority.name()));
            priorityRank = priority.rank();
            updatedAt = now;
        }
    }

    /** Staff answered the customer; the ticket then has the status the agent chose with the answer. */
    void staffReplied(TicketStatus after, Instant now) {
        refuseWhenClosed();
        changes.add(new Change("STAFF_REPLIED", null, null));
        changeStatusByStaff(after, now);
        updatedAt = now;
    }

    /** Staff wrote an internal note: it changes nothing the customer sees. */
    void noteAdded(Instant now) {
        changes.add(new Change("NOTE_ADDED", null, null));
        updatedAt = now;
    }

    /** The customer wrote: a resolved or waiting ticket comes back to the agents. */
    void customerReplied(Instant now) {
        refuseWhenClosed();
        changes.add(new Change("CUSTOMER_REPLIED", null, null));
        if (status.reopensOnCustomerReply()) {
            moveTo(TicketStatus.OPEN, now);
        }
        updatedAt = now;
    }

    /**
     * The customer says their question is answered.
     *
     * @return false when the ticket was closed already (a second click changes nothing)
     */
    boolean closeByCustomer(Instant now) {
        if (status == TicketStatus.CLOSED) {
            return false;
        }
        moveTo(TicketStatus.CLOSED, now);
        updatedAt = now;
        return true;
    }

    /**
     * Refuses a merge of this ticket into {@code target} that the rules do not allow: into itself,
     * a second time, into a merged or closed ticket, or into another customer's ticket (the
     * customer of this ticket will be led to the target, so it must be theirs as well).
     */
    void checkMergeInto(Ticket target) {
        if (number.equals(target.number)) {
            throw new TicketRuleException("tickets.rule.merge-into-itself", "A ticket cannot be merged into itself");
        }
        if (mergedIntoId != null) {
            throw new TicketRuleException("tickets.rule.merged-already", "The ticket was merged already");
        }
        if (target.mergedIntoId != null) {
            throw new TicketRuleException("tickets.rule.merge-target-merged", "The target was merged itself");
        }
        if (target.status == TicketStatus.CLOSED) {
            throw new TicketRuleException("tickets.rule.merge-target-closed", "The target is closed");
        }
        if (!sameRequester(target)) {
            throw new TicketRuleException(
                    "tickets.rule.merge-other-customer", "The tickets belong to different customers");
        }
    }

    /**
     * This ticket's conversation moves to {@code target} (the caller moves the messages): it is
     * closed and from now on leads to the target. Both tickets note the merge.
     */
    void mergeInto(Ticket target, Instant now) {
        checkMergeInto(target);
        changes.add(new Change("MERGED_INTO", null, target.number));
        target.changes.add(new Change("MERGED_FROM", null, number));
        mergedIntoId = target.id();
        if (status != TicketStatus.CLOSED) {
            moveTo(TicketStatus.CLOSED, now);
        }
        updatedAt = now;
        target.updatedAt = now;
    }

    /** Same account when both have one; otherwise the same address (a guest and the account holder). */
    private boolean sameRequester(Ticket other) {
        if (customerId != null && other.customerId != null) {
            return customerId.equals(other.customerId);
        }
        return requesterEmail.equalsIgnoreCase(other.requesterEmail);
    }

    private void moveTo(TicketStatus to, Instant now) {
        changes.add(new Change("STATUS", status.name(), to.name()));
        if (to == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else {
            resolvedAt = null;
        }
        closedAt = to == TicketStatus.CLOSED ? now : null;
        status = to;
    }

    private void refuseWhenClosed() {
        if (status == TicketStatus.CLOSED) {
            throw TicketRuleException.closed();
        }
    }

    /** The changes noted since the last call, oldest first; the list is emptied. */
    List<Change> takeChanges() {
        var taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Ticket has not been saved yet");
        }
        return id;
    }

    TicketNumber number() {
        return new TicketNumber(number);
    }

    long departmentId() {
        return departmentId;
    }

    String subject() {
        return subject;
    }

    TicketStatus status() {
        return status;
    }

    TicketPriority priority() {
        return TicketPriority.ofRank(priorityRank);
    }

    @Nullable
    AccountId customer() {
        return customerId == null ? null : new AccountId(customerId);
    }

    EmailAddress requesterEmail() {
        return EmailAddress.of(requesterEmail);
    }

    String requesterName() {
        return requesterName;
    }

    Language language() {
        return Language.fromCode(requesterLanguage);
    }

    String replyToken() {
        return replyToken;
    }

    @Nullable
    AccountId assignee() {
        return assigneeId == null ? null : new AccountId(assigneeId);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant resolvedAt() {
        return resolvedAt;
    }

    @Nullable
    Long serviceLevelId() {
        return serviceLevelId;
    }

    /** The ticket this one was merged into (its database id), or null. */
    @Nullable
    Long mergedIntoId() {
        return mergedIntoId;
    }

    long version() {
        return version;
    }

    boolean isGuest() {
        return customerId == null;
    }

    private static @Nullable String idText(@Nullable Long id) {
        return id == null ? null : String.valueOf(id);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        var end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
