package nl.loket.tickets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.loket.tickets.AgentTicketView;
import nl.loket.tickets.AttachedFile;
import nl.loket.tickets.ClockReading;
import nl.loket.tickets.CustomerTicketView;
import nl.loket.tickets.DepartmentView;
import nl.loket.tickets.QueuePage;
import nl.loket.tickets.TicketNumber;
import nl.loket.tickets.TicketSearchPage;
import nl.loket.tickets.TicketServiceLevel;
import nl.loket.tickets.TicketSummary;
import org.jspecify.annotations.Nullable;

/** The JSON of the ticket API: what callers send and what they get back. */
final class TicketApiJson {

    private TicketApiJson() {}

    static final String STATUSES = "NEW, OPEN, WAITING_FOR_CUSTOMER, ON_HOLD, RESOLVED, CLOSED";

    @Schema(
            description = "A new ticket. Customers open their own (email and name are ignored); staff open one on"
                    + " behalf of an address, which needs email and name.")
    record NewTicket(
            @Schema(description = "department code, e.g. techniek", example = "techniek") @NotBlank @Size(max = 100)
                    String department,
            @NotBlank @Size(max = TicketForm.MAX_SUBJECT) String subject,
            @NotBlank @Size(max = TicketForm.MAX_MESSAGE) String text,
            @Schema(description = "staff only: the customer's address") @Nullable @Email @Size(max = 254) String email,
            @Schema(description = "staff only: the customer's name") @Nullable @Size(max = TicketForm.MAX_NAME)
                    String name) {}

    @Schema(
            description = "A message on a ticket. Only staff may write an internal note or choose the status after"
                    + " their reply (default WAITING_FOR_CUSTOMER).")
    record NewMessage(
            @NotBlank @Size(max = TicketForm.MAX_MESSAGE) String text,
            @Schema(description = "staff only: a note for colleagues, never shown to the customer; default false")
                    @Nullable
                    Boolean internal,
            @Schema(
                            description = "staff only: the status after the reply",
                            allowableValues = {"OPEN", "WAITING_FOR_CUSTOMER", "ON_HOLD", "RESOLVED", "CLOSED"})
                    @Nullable
                    String status,
            @Schema(
                            description = "staff only, optional: the id of the newest message the reply was written"
                                    + " after (lastMessageId of the ticket as read). When messages by others came in"
                                    + " after it, the reply is not sent: 409 with unreadMessageIds. Without it, no"
                                    + " check is made. Internal notes are never held back.")
                    @Nullable
                    @PositiveOrZero
                    Long lastSeenMessageId) {

        boolean isNote() {
            return Boolean.TRUE.equals(internal);
        }
    }

    @Schema(description = "The status to move to. Customers may only choose CLOSED.")
    record StatusChange(
            @Schema(allowableValues = {"OPEN", "WAITING_FOR_CUSTOMER", "ON_HOLD", "RESOLVED", "CLOSED"}) @NotBlank
                    String status) {}

    record Department(String code, String nameNl, String nameEn) {
        static Department of(DepartmentView view) {
            return new Department(view.code(), view.nameNl(), view.nameEn());
        }
    }

    @Schema(description = "A line of a customer's own list")
    record CustomerListItem(String number, String subject, Department department, String status, Instant updatedAt) {
        static CustomerListItem of(TicketSummary summary) {
            return new CustomerListItem(
                    summary.number().value(),
                    summary.subject(),
                    Department.of(summary.department()),
                    summary.status().name(),
                    summary.updatedAt());
        }
    }

    @Schema(description = "A customer's tickets, most recently changed first")
    record CustomerList(List<CustomerListItem> tickets) {}

    @Schema(description = "A line of an agent's queue")
    record QueueItem(
            String number,
            String subject,
            String department,
            String status,
            String priority,
            String requesterName,
            @Nullable String assignee,
            Instant createdAt,
            Instant updatedAt,
            @Schema(
                            description = "the earliest due time of the ticket's running service level clocks; null"
                                    + " when none runs (no level, or paused while waiting for the customer or on hold)")
                    @Nullable
                    Instant dueAt,
            @Schema(description = "the earliest warning time of those clocks; null like dueAt") @Nullable
                    Instant warnAt,
            @Schema(
                            description = "where the ticket stands at the moment of the answer: NONE (no running"
                                    + " clock), ON_TIME, AT_RISK (past warnAt) or BREACHED (past dueAt)",
                            allowableValues = {"NONE", "ON_TIME", "AT_RISK", "BREACHED"})
                    String deadline) {}

    @Schema(
            description = "One page of a queue; next is the cursor for the following page (parameter after), null"
                    + " on the last page")
    record Queue(List<QueueItem> tickets, @Nullable String next) {
        static Queue of(QueuePage page, Map<Long, String> staffNames, Instant now) {
            return new Queue(
                    page.rows().stream()
                            .map(row -> new QueueItem(
                                    row.number().value(),
                                    row.subject(),
                                    row.departmentCode(),
                                    row.status().name(),
                                    row.priority().name(),
                                    row.requesterName(),
                                    row.assignee() == null
                                            ? null
                                            : staffNames.get(row.assignee().value()),
                                    row.createdAt(),
                                    row.updatedAt(),
                                    row.dueAt(),
                                    row.warnAt(),
                                    row.deadline(now).name()))
                            .toList(),
                    page.next());
        }
    }

    @Schema(description = "A ticket found by a staff search, with the piece of its conversation that matched")
    record SearchHit(
            String number,
            String subject,
            Department department,
            String status,
            String requesterName,
            Instant updatedAt,
            String snippet) {}

    @Schema(description = "One page of a staff search, most relevant first; total is exact unless totalExact is false")
    record SearchResults(
            String query, List<SearchHit> tickets, long total, boolean totalExact, int page, boolean hasNext) {
        static SearchResults of(TicketSearchPage page) {
            return new SearchResults(
                    page.query(),
                    page.hits().stream()
                            .map(hit -> new SearchHit(
                                    hit.number().value(),
                                    hit.subject(),
                                    Department.of(hit.department()),
                                    hit.status().name(),
                                    hit.requesterName(),
                                    hit.updatedAt(),
                                    hit.snippetText()))
                            .toList(),
                    page.total(),
                    page.totalExact(),
                    page.page(),
                    page.hasNext());
        }
    }

    @Schema(description = "A file of a message; download it at url (with the same sign-in or token)")
    record ApiFile(
            long id,
            String name,
            @Schema(description = "in bytes") long size,
            @Schema(description = "the type Loket determined from name and content") String type,
            @Schema(description = "GET /api/v1/tickets/{number}/attachments/{id}") String url) {

        static List<ApiFile> of(String number, List<AttachedFile> files) {
            return files.stream()
                    .map(file -> new ApiFile(
                            file.id(),
                            file.fileName(),
                            file.sizeBytes(),
                            file.contentType(),
                            "/api/v1/tickets/" + number + "/attachments/" + file.id()))
                    .toList();
        }
    }

    @Schema(description = "A message as the customer sees it: staff appear as the team")
    record CustomerMessage(boolean fromCustomer, String author, Instant at, String text, List<ApiFile> files) {}

    @Schema(description = "A ticket as its customer sees it: no internal notes, no agent names, no history")
    record CustomerTicket(
            String number,
            String subject,
            Department department,
            String status,
            boolean open,
            Instant createdAt,
            Instant updatedAt,
            List<CustomerMessage> messages,
            @Schema(description = "the ticket this one was merged into, where the conversation continues") @Nullable
                    String mergedInto) {
        static CustomerTicket of(CustomerTicketView view) {
            return new CustomerTicket(
                    view.number().value(),
                    view.subject(),
                    Department.of(view.department()),
                    view.status().name(),
                    view.open(),
                    view.createdAt(),
                    view.updatedAt(),
                    view.conversation().stream()
                            .map(entry -> new CustomerMessage(
                                    entry.fromCustomer(),
                                    entry.author(),
                                    entry.at(),
                                    entry.text(),
                                    ApiFile.of(view.number().value(), entry.files())))
                            .toList(),
                    numberOrNull(view.mergedInto()));
        }
    }

    @Schema(
            description = "A message as staff see it: who really wrote it, whether it is an internal note, and how it"
                    + " came in (WEB, EMAIL or API)")
    record AgentMessage(
            long id,
            String authorKind,
            String author,
            boolean internal,
            String channel,
            Instant at,
            String text,
            List<ApiFile> files) {}

    @Schema(description = "One line of the ticket's history")
    record HistoryLine(
            Instant at,
            String actorKind,
            String actor,
            String change,
            @Nullable String from,
            @Nullable String to,
            @Schema(description = "why, for changes that need a reason (SERVICE_LEVEL); staff only") @Nullable
                    String reason) {}

    @Schema(description = "One clock of the ticket's service level, as it stands at the moment of the answer")
    record ServiceClockJson(
            @Schema(allowableValues = {"FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION"}) String clock,
            @Schema(description = "the target that applies, in minutes of the basis") int targetMinutes,
            @Schema(
                            description = "BUSINESS: minutes of the level's calendar's working time; CALENDAR: all"
                                    + " minutes. Waiting for the customer and on hold never count.",
                            allowableValues = {"BUSINESS", "CALENDAR"})
                    String basis,
            @Schema(description = "when it started (for NEXT_RESPONSE: the customer message of the latest cycle)")
                    Instant startedAt,
            @Schema(description = "when the target is reached; null while a pause holds the clock") @Nullable
                    Instant dueAt,
            @Schema(description = "when it stopped; null while it runs") @Nullable Instant stoppedAt,
            @Schema(
                            description = "RUNNING (on track), AT_RISK (past the warning share of the target),"
                                    + " BREACHED (running past due), PAUSED (waiting for the customer or on hold),"
                                    + " MET or MISSED (stopped within or past the target)",
                            allowableValues = {"RUNNING", "PAUSED", "AT_RISK", "BREACHED", "MET", "MISSED"})
                    String state) {

        static ServiceClockJson of(ClockReading reading, Instant now) {
            return new ServiceClockJson(
                    reading.clock().name(),
                    reading.target().minutes(),
                    reading.target().basis().name(),
                    reading.started(),
                    reading.due(),
                    reading.stopped(),
                    ClockState.of(reading, now).name());
        }
    }

    @Schema(description = "The ticket's service level and its clocks; staff only")
    record ServiceLevelJson(
            long id,
            String name,
            @Schema(description = "false: best effort") boolean guaranteed,
            List<ServiceClockJson> clocks) {

        static @Nullable ServiceLevelJson of(@Nullable TicketServiceLevel level, Instant now) {
            return level == null
                    ? null
                    : new ServiceLevelJson(
                            level.level().id(),
                            level.level().name(),
                            level.level().guaranteed(),
                            level.clocks().stream()
                                    .map(reading -> ServiceClockJson.of(reading, now))
                                    .toList());
        }
    }

    @Schema(description = "Another service level for a ticket, with the reason the history keeps (staff only)")
    record ServiceLevelChange(
            @Schema(description = "the id of the level (GET /admin/service-levels lists them)") @NotNull Long levelId,
            @Schema(description = "why; shown to staff only", maxLength = DeskServiceLevelController.MAX_REASON)
                    @NotBlank
                    @Size(max = DeskServiceLevelController.MAX_REASON)
                    String reason) {}

    @Schema(description = "A customer's service level; new tickets of the customer get it")
    record CustomerServiceLevelJson(
            long customerId,
            long levelId,
            String name,
            boolean guaranteed,
            @Schema(description = "false: nobody chose a level, the default applies") boolean chosen) {}

    @Schema(description = "The level to give a customer (billing and administrators only)")
    record CustomerServiceLevelChange(@NotNull Long levelId) {}

    @Schema(description = "A ticket as staff see it: everything, internal notes and history included")
    record AgentTicket(
            String number,
            String subject,
            Department department,
            String status,
            String priority,
            String requesterName,
            String requesterEmail,
            boolean guest,
            String language,
            @Nullable String assignee,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "the id of the newest message; send it as lastSeenMessageId with a reply")
                    long lastMessageId,
            List<AgentMessage> messages,
            List<HistoryLine> history,
            @Schema(description = "the ticket this one was merged into; its history says when and by whom") @Nullable
                    String mergedInto,
            @Schema(description = "the service level and its clocks; null for a ticket from before service levels")
                    @Nullable
                    ServiceLevelJson serviceLevel) {
        static AgentTicket of(AgentTicketView view, Map<Long, String> staffNames, Instant now) {
            return new AgentTicket(
                    view.number().value(),
                    view.subject(),
                    Department.of(view.department()),
                    view.status().name(),
                    view.priority().name(),
                    view.requesterName(),
                    view.requesterEmail().value(),
                    view.customer() == null,
                    view.language().name(),
                    view.assignee() == null
                            ? null
                            : staffNames.get(view.assignee().value()),
                    view.createdAt(),
                    view.updatedAt(),
                    view.seen().messageId(),
                    view.messages().stream()
                            .map(message -> new AgentMessage(
                                    message.id(),
                                    message.authorKind().name(),
                                    message.authorName(),
                                    message.internal(),
                                    message.channel().name(),
                                    message.at(),
                                    message.text(),
                                    ApiFile.of(view.number().value(), message.files())))
                            .toList(),
                    view.history().stream()
                            .map(entry -> new HistoryLine(
                                    entry.at(),
                                    entry.actorKind().name(),
                                    entry.actorName(),
                                    entry.change(),
                                    entry.oldValue(),
                                    entry.newValue(),
                                    entry.reason()))
                            .toList(),
                    numberOrNull(view.mergedInto()),
                    ServiceLevelJson.of(view.serviceLevel(), now));
        }
    }

    private static @Nullable String numberOrNull(@Nullable TicketNumber number) {
        return number == null ? null : number.value();
    }
}
