package nl.loket.notifications.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.loket.shared.EmailAddress;
import nl.loket.tickets.TicketMailbox.InboundResult;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code mail_inbound_log}: a line per mail read and what became of it. A handover is
 * written with the mail's Message-ID as {@code handover_key}, whose unique constraint lets one
 * mail reach the ticket module once, even when two nodes or a restarted node read it again.
 */
@Component
class InboundMailLog {

    private final JdbcTemplate jdbc;

    InboundMailLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One mail as the log knows it before its outcome. */
    record Line(String mailbox, String messageId, Instant receivedAt, @Nullable String sender, String subject) {}

    /** What the ticket module made of this mail, when it was handed over before. */
    Optional<InboundOutcome> handoverOutcome(String messageId) {
        return jdbc
                .queryForList("select outcome from mail_inbound_log where handover_key = ?", String.class, messageId)
                .stream()
                .findFirst()
                .map(InboundOutcome::valueOf);
    }

    /**
     * Writes the handover of {@code line}, inside the transaction that hands the mail over.
     *
     * @return {@code false} when this mail was handed over before (the transaction must then be
     *     rolled back: on PostgreSQL it can do nothing else)
     */
    boolean startHandover(Line line) {
        try {
            insert(line, InboundOutcome.REFUSED, "being handed over", null, line.messageId());
            return true;
        } catch (DuplicateKeyException handedOverBefore) {
            return false;
        }
    }

    /** Completes the handover line with what the ticket module made of the mail. */
    void finishHandover(String messageId, InboundResult result) {
        var outcome =
                switch (result) {
                    case InboundResult.AddedToTicket added -> InboundOutcome.ADDED_TO_TICKET;
                    case InboundResult.OpenedTicket opened -> InboundOutcome.OPENED_TICKET;
                    case InboundResult.Refused refused -> InboundOutcome.REFUSED;
                };
        var ticketNumber =
                switch (result) {
                    case InboundResult.AddedToTicket added -> added.ticketNumber();
                    case InboundResult.OpenedTicket opened -> opened.ticketNumber();
                    case InboundResult.Refused refused -> null;
                };
        var detail = result instanceof InboundResult.Refused refused ? refused.reason() : null;
        jdbc.update(
                "update mail_inbound_log set outcome = ?, detail = ?, ticket_number = ? where handover_key = ?",
                outcome.name(),
                cut(detail, 1000),
                cut(ticketNumber, 20),
                messageId);
    }

    /** Writes a mail that was not handed over ({@link InboundOutcome#IGNORED} or {@link InboundOutcome#FAILED}). */
    void notHandedOver(Line line, InboundOutcome outcome, String detail) {
        if (outcome.handedOver()) {
            throw new IllegalArgumentException(outcome + " is a handover");
        }
        insert(line, outcome, detail, null, null);
    }

    /** How many mails from {@code sender} were handed over since {@code since}. */
    int handoversSince(EmailAddress sender, Instant since) {
        var count = jdbc.queryForObject(
                "select count(*) from mail_inbound_log where sender = ? and received_at > ? and handover_key is not null",
                Integer.class,
                sender.value(),
                utc(since));
        return count == null ? 0 : count;
    }

    /** The newest lines, or those older than line {@code before}, newest first. */
    List<InboundLogEntry> recent(@Nullable Long before, int limit) {
        var columns = "select id, received_at, mailbox, message_id, sender, subject, outcome, detail, ticket_number"
                + " from mail_inbound_log";
        return before == null
                ? jdbc.query(columns + " order by id desc limit ?", InboundMailLog::entry, limit)
                : jdbc.query(columns + " where id < ? order by id desc limit ?", InboundMailLog::entry, before, limit);
    }

    private void insert(
            Line line,
            InboundOutcome outcome,
            @Nullable String detail,
            @Nullable String ticketNumber,
            @Nullable String handoverKey) {
        jdbc.update(
                "insert into mail_inbound_log (mailbox, message_id, handover_key, received_at, sender, subject,"
                        + " outcome, detail, ticket_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cut(line.mailbox(), 300),
                line.messageId(),
                handoverKey,
                utc(line.receivedAt()),
                cut(line.sender(), 320),
                cut(line.subject(), 400),
                outcome.name(),
                cut(detail, 1000),
                cut(ticketNumber, 20));
    }

    private static InboundLogEntry entry(ResultSet row, int number) throws SQLException {
        return new InboundLogEntry(
                row.getLong("id"),
                row.getObject("received_at", OffsetDateTime.class).toInstant(),
                row.getString("mailbox"),
                row.getString("message_id"),
                row.getString("sender"),
                row.getString("subject"),
                InboundOutcome.valueOf(row.getString("outcome")),
                row.getString("detail"),
                row.getString("ticket_number"));
    }

    private static @Nullable String cut(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
