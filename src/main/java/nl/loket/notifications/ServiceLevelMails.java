package nl.loket.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountStatus;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.StaffAdministration;
import nl.loket.accounts.Viewer;
import nl.loket.tickets.ServiceLevelBreached;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Breach notices to staff: one mail per recipient of a {@link ServiceLevelBreached}, in that
 * colleague's language, with a link to the ticket at the desk. Only active accounts that work with
 * customers get one, so a customer never does, whatever id an event carries. A plain
 * {@link EventListener}, like the other mail listeners (ADR 7): the mails are stored in the
 * transaction that claimed the breach, so they exist exactly when the claim was committed.
 */
@Component
class ServiceLevelMails {

    static final String TEMPLATE = "service-level";
    static final String KIND = "sla-breached";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final Outbox outbox;
    private final MailTemplates templates;
    private final StaffAdministration staff;
    private final MessageSource messages;

    ServiceLevelMails(Outbox outbox, MailTemplates templates, StaffAdministration staff, MessageSource messages) {
        this.outbox = outbox;
        this.templates = templates;
        this.staff = staff;
        this.messages = messages;
    }

    @EventListener
    void on(ServiceLevelBreached event) {
        var assigneeName = Optional.ofNullable(event.assignee())
                .flatMap(staff::find)
                .map(AccountSummary::name)
                .orElse(null);
        for (var id : event.recipients()) {
            staff.find(id)
                    .filter(ServiceLevelMails::worksWithCustomers)
                    .ifPresent(colleague -> queue(event, colleague, assigneeName));
        }
    }

    private void queue(ServiceLevelBreached event, AccountSummary colleague, @Nullable String assigneeName) {
        var language = colleague.language();
        var clock = messages.getMessage(
                "notifications.mail.sla-breached.clock." + event.clock(), null, event.clock(), language.locale());
        var variables = new HashMap<String, Object>();
        variables.put("name", colleague.name().strip());
        variables.put("number", event.number().value());
        variables.put("ticketSubject", event.subject());
        variables.put("clock", clock);
        variables.put("due", WHEN.format(event.due()));
        variables.put("department", event.department().name(language));
        variables.put("level", event.levelName());
        variables.put("guaranteed", event.guaranteed());
        variables.put("assignee", assigneeName);
        variables.put("link", outbox.link("/desk/tickets/" + event.number().value()));
        variables.put("staffFooter", true);
        var content = templates.render(
                TEMPLATE, KIND, language, variables, List.of(event.number().value(), clock));
        outbox.queue(MailPurpose.SUPPORT, KIND, colleague.email(), language, content);
    }

    private static boolean worksWithCustomers(AccountSummary account) {
        return account.status() == AccountStatus.ACTIVE
                && account.roles().stream().anyMatch(Viewer.CUSTOMER_FACING_ROLES::contains);
    }
}
