package nl.loket.notifications.inbound;

import java.time.Instant;
import java.util.List;
import nl.loket.tickets.TicketMailbox;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** What administrators see of inbound mail at {@code /admin/inbound}: its state and its log. */
@Service
public class InboundMailOverview {

    public static final int PAGE_SIZE = 50;

    private final InboundMailLog mailLog;
    private final MailboxLease lease;
    private final InboundMailSettings settings;
    private final ObjectProvider<TicketMailbox> ticketMailbox;

    InboundMailOverview(
            InboundMailLog mailLog,
            MailboxLease lease,
            InboundMailSettings settings,
            ObjectProvider<TicketMailbox> ticketMailbox) {
        this.mailLog = mailLog;
        this.lease = lease;
        this.settings = settings;
        this.ticketMailbox = ticketMailbox;
    }

    /**
     * How inbound mail is set up and how its last poll went.
     *
     * @param mailbox {@code user@host:port/folder}, empty when no host is set
     */
    public record Status(
            boolean configured,
            String mailbox,
            boolean handlerPresent,
            @Nullable Instant lastPollAt,
            @Nullable String lastError) {}

    /** One page of the log, newest first; {@code older} is the value for the next page's {@code before}. */
    public record LogPage(List<InboundLogEntry> entries, @Nullable Long older) {}

    public Status status() {
        var handler = ticketMailbox.getIfAvailable() != null;
        if (!settings.enabled()) {
            return new Status(false, "", handler, null, null);
        }
        var state = lease.state(settings.mailboxName());
        return new Status(
                true,
                settings.mailboxName(),
                handler,
                state.map(MailboxLease.State::lastPollAt).orElse(null),
                state.map(MailboxLease.State::lastError).orElse(null));
    }

    /** The newest lines of the log, or those before line {@code before}. */
    public LogPage page(@Nullable Long before) {
        var lines = mailLog.recent(before, PAGE_SIZE + 1);
        if (lines.size() <= PAGE_SIZE) {
            return new LogPage(lines, null);
        }
        var shown = lines.subList(0, PAGE_SIZE);
        return new LogPage(List.copyOf(shown), shown.getLast().id());
    }
}
