package nl.loket.notifications;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with the outbox at {@code /admin/outbox}: read it, and retry failed mails. */
@Service
public class OutboxAdministration {

    public static final int PAGE_SIZE = 50;

    private final OutboxMailRepository mails;
    private final OutboxSender sender;
    private final Clock clock;

    OutboxAdministration(OutboxMailRepository mails, OutboxSender sender, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.clock = clock;
    }

    /** One page of the outbox, newest first; {@code page} counts from 0. */
    @Transactional(readOnly = true)
    public Page<OutboxEntry> page(int page) {
        return mails.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(OutboxMail::toEntry);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(long id) {
        return mails.findById(id).map(OutboxMail::toEntry);
    }

    /**
     * Puts a failed mail back in the queue with a fresh count of attempts.
     *
     * @return {@code false} when there is no such mail or it has not failed
     */
    @Transactional
    public boolean sendAgain(long id) {
        var mail = mails.findById(id).filter(candidate -> candidate.status() == OutboxEntry.Status.FAILED);
        mail.ifPresent(failed -> failed.sendAgain(clock.instant()));
        return mail.isPresent();
    }

    /** Whether a mail server is configured; without one, mails wait here. */
    public boolean mailServerConfigured() {
        return sender.mailServerConfigured();
    }
}
