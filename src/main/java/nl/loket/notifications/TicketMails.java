package nl.loket.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.loket.tickets.CallbackRescheduled;
import nl.loket.tickets.ConversationEntry;
import nl.loket.tickets.StaffReplied;
import nl.loket.tickets.TicketMailContext;
import nl.loket.tickets.TicketOpened;
import nl.loket.tickets.TicketStatusChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails of the ticket module: ticket received, a reply from the team, a status change, a
 * callback moved to another window. Each
 * goes out in the customer's language from the department's address under the team's name, with
 * the ticket's reply token in Reply-To, {@code [#number]} in the subject, and In-Reply-To/References
 * that thread it with the ticket's earlier mails. Plain {@link EventListener}s, as with
 * {@link AccountMails}: the mail is stored in the transaction of the change (ADR 7). Everything in
 * the events is already fit for the customer: the ticket module names no agent in them.
 */
@Component
class TicketMails {

    static final String TEMPLATE = "ticket";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final Outbox outbox;
    private final MailTemplates templates;
    private final JdbcTemplate jdbc;

    TicketMails(Outbox outbox, MailTemplates templates, JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TicketOpened event) {
        var variables = variables(event.mail());
        variables.put("text", event.text());
        queue("ticket-received", event.mail(), variables, event.inboundMessageId());
    }

    @EventListener
    void on(StaffReplied event) {
        var variables = variables(event.mail());
        variables.put("text", event.text());
        variables.put("status", event.status().name());
        variables.put(
                "earlier", event.earlier().stream().map(TicketMails::quoted).toList());
        var locale = event.mail().language().locale();
        variables.put(
                "files",
                event.files().stream()
                        .map(file -> new LinkedFile(
                                file.fileName(),
                                file.size(locale),
                                outbox.link(event.mail().attachmentPath(file))))
                        .toList());
        queue("ticket-reply", event.mail(), variables, event.answersMessageId());
    }

    @EventListener
    void on(TicketStatusChanged event) {
        if (!event.informCustomer()) {
            return;
        }
        var variables = variables(event.mail());
        variables.put("status", event.to().name());
        queue("ticket-status", event.mail(), variables, null);
    }

    @EventListener
    void on(CallbackRescheduled event) {
        var variables = variables(event.mail());
        variables.put("text", event.text());
        queue("callback-rescheduled", event.mail(), variables, null);
    }

    /** The variables every mail about a ticket has: greeting, number, subject, link, team. */
    Map<String, Object> variables(TicketMailContext mail) {
        var variables = new HashMap<String, Object>();
        variables.put("name", mail.recipientName().strip());
        variables.put("number", mail.number().value());
        variables.put("ticketSubject", mail.subject());
        variables.put("link", outbox.link(mail.path()));
        variables.put("guest", mail.guest());
        variables.put("teamName", mail.teamName());
        variables.put("earlier", List.of());
        variables.put("files", List.of());
        return variables;
    }

    private void queue(String kind, TicketMailContext mail, Map<String, Object> variables, @Nullable String answers) {
        queue(TEMPLATE, kind, mail, variables, answers);
    }

    /** Renders {@code template} and queues it in the ticket's mail thread. */
    void queue(
            String template,
            String kind,
            TicketMailContext mail,
            Map<String, Object> variables,
            @Nullable String answers) {
        var content = templates.render(
                template,
                kind,
                mail.language(),
                variables,
                List.of(mail.subject(), mail.number().value()));
        var thread = "ticket-" + mail.number().value();
        var earlier = jdbc.queryForList(
                "select message_id from mail_outbox where thread_key = ? and recipient = ? order by id",
                String.class,
                thread,
                mail.recipient().value());
        var answered = answers == null || answers.isBlank() ? null : "<" + answers.replaceAll("[<>\\s]", "") + ">";
        var inReplyTo = answered != null ? answered : earlier.isEmpty() ? null : earlier.getLast();
        var references = new java.util.LinkedHashSet<String>();
        if (!earlier.isEmpty()) {
            references.add(earlier.getFirst());
            references.add(earlier.getLast());
        }
        if (answered != null) {
            references.add(answered);
        }
        var envelope = new MailEnvelope(
                MailEnvelope.sender(
                        mail.sender().name(), mail.sender().address().value()),
                mail.replyTo(),
                thread,
                inReplyTo,
                references.isEmpty() ? null : String.join(" ", references));
        outbox.queue(MailPurpose.SUPPORT, envelope, kind, mail.recipient(), mail.language(), content);
    }

    /**
     * A file of the reply as the mail lists it: the files stay in Loket and are fetched through the
     * customer's own way in (the portal, or the guest's private link), so nothing large or unchecked
     * travels by mail.
     */
    record LinkedFile(String name, String size, String link) {}

    /** An earlier message as the mail quotes it: who (the team or the customer), when, and the text. */
    record Quoted(String author, String when, String text, String quotedText) {}

    private static Quoted quoted(ConversationEntry entry) {
        var quotedText = entry.text()
                .lines()
                .map(line -> "> " + line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse(">");
        return new Quoted(entry.author(), WHEN.format(entry.at()), entry.text(), quotedText);
    }
}
