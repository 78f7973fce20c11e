package nl.loket.tickets.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps attachments: checks each upload against the {@link AttachmentPolicy}, stores accepted ones
 * under the data directory by the SHA-256 of their content (the same file uploaded twice is kept
 * once) with a row in {@code attachment}, and deletes a file when no row refers to it any more.
 * Uploads start unattached; the ticket module attaches them to a ticket and message in its own
 * transaction. Everything joins the caller's transaction: when that rolls back, the rows go and a
 * file that only they used is removed.
 */
@Service
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

    private final JdbcTemplate jdbc;
    private final AttachmentPolicy policy;
    private final ContentFiles files;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AttachmentStore(
            JdbcTemplate jdbc,
            AttachmentPolicy policy,
            ContentFiles files,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.files = files;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What became of one upload. */
    public sealed interface Result {}

    /** Accepted and stored (not yet attached to a ticket). */
    public record Stored(Attachment attachment) implements Result {}

    /** Refused; nothing was kept. */
    public record Rejected(Rejection rejection) implements Result {}

    /** What became of the files of one message. */
    public record Receipt(List<Attachment> stored, List<Rejection> rejected) {

        public Receipt {
            stored = List.copyOf(stored);
            rejected = List.copyOf(rejected);
        }

        public boolean allAccepted() {
            return rejected.isEmpty();
        }

        public List<AttachmentId> ids() {
            return stored.stream().map(Attachment::id).toList();
        }
    }

    /** Checks and stores one upload. */
    @Transactional
    public Result store(Upload upload) {
        ContentFiles.Received received;
        try (InputStream in = upload.open()) {
            received = files.receive(in, policy.maxBytes());
        } catch (IOException | UncheckedIOException broken) {
            log.info("An upload broke off: {}", broken.toString());
            return new Rejected(policy.unreadable(upload.fileName(), upload.declaredType()));
        }
        try {
            var verdict = policy.check(upload.fileName(), upload.declaredType(), received.file());
            if (verdict instanceof AttachmentPolicy.Refused refused) {
                files.discard(received.file());
                return new Rejected(refused.rejection());
            }
            var accepted = (AttachmentPolicy.Accepted) verdict;
            var key = ContentFiles.keyOf(received.sha256());
            afterTransaction(received, key);
            files.place(received.file(), key);
            return new Stored(insert(accepted, received, key));
        } catch (IOException | RuntimeException failed) {
            files.discard(received.file());
            if (failed instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) failed;
        }
    }

    /**
     * Checks and stores the files of one message: all of them refused when there are too many;
     * otherwise each on its own. Callers that want all or nothing {@link #delete} the stored ones
     * when the receipt has rejections.
     */
    @Transactional
    public Receipt storeAll(List<Upload> uploads) {
        var tooMany = policy.checkCount(uploads.size());
        if (tooMany.isPresent()) {
            return new Receipt(List.of(), List.of(tooMany.get()));
        }
        var stored = new ArrayList<Attachment>();
        var rejected = new ArrayList<Rejection>();
        for (var upload : uploads) {
            switch (store(upload)) {
                case Stored accepted -> stored.add(accepted.attachment());
                case Rejected refused -> rejected.add(refused.rejection());
            }
        }
        return new Receipt(stored, rejected);
    }

    /**
     * Attaches uploads to a ticket (and message). Only unattached uploads move: an id that is already
     * attached elsewhere, or unknown, is left alone; the number that moved is returned.
     */
    @Transactional
    public int attach(Collection<AttachmentId> ids, long ticketId, @Nullable Long messageId) {
        var moved = 0;
        for (var id : ids) {
            moved += jdbc.update(
                    "update attachment set ticket_id = ?, message_id = ? where id = ? and ticket_id is null",
                    ticketId,
                    messageId,
                    id.value());
        }
        return moved;
    }

    /** The files of one ticket now belong to another (a merge moved its messages there). */
    @Transactional
    public int moveTicket(long fromTicketId, long toTicketId) {
        return jdbc.update("update attachment set ticket_id = ? where ticket_id = ?", toTicketId, fromTicketId);
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> find(AttachmentId id) {
        return jdbc.query("select * from attachment where id = ?", AttachmentStore::attachment, id.value()).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofTicket(long ticketId) {
        return jdbc.query(
                "select * from attachment where ticket_id = ? order by id", AttachmentStore::attachment, ticketId);
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofMessage(long messageId) {
        return jdbc.query(
                "select * from attachment where message_id = ? order by id", AttachmentStore::attachment, messageId);
    }

    /** The content; the caller closes the stream. */
    public InputStream open(Attachment attachment) throws IOException {
        return Files.newInputStream(pathOf(attachment));
    }

    /** The content's file, for serving it. */
    Path pathOf(Attachment attachment) {
        return files.pathOf(attachment.storageKey());
    }

    /** Deletes the row; the file goes too once no other row refers to its content. */
    @Transactional
    public void delete(AttachmentId id) {
        var attachment = find(id);
        if (attachment.isEmpty()) {
            return;
        }
        jdbc.update("delete from attachment where id = ?", id.value());
        var sha256 = attachment.get().sha256();
        var key = attachment.get().storageKey();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeIfUnused(sha256, key);
            }
        });
    }

    /** Deletes uploads that were never attached and were made before {@code cutoff}; returns how many. */
    @Transactional
    public int deleteUnattachedBefore(Instant cutoff) {
        var ids = jdbc.queryForList(
                "select id from attachment where ticket_id is null and created_at < ?",
                Long.class,
                Timestamp.from(cutoff));
        ids.forEach(id -> delete(new AttachmentId(id)));
        return ids.size();
    }

    private Attachment insert(AttachmentPolicy.Accepted accepted, ContentFiles.Received received, String key) {
        // Microseconds, as the database keeps them: the returned attachment equals what find() reads.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into attachment (file_name, content_type, size_bytes, sha256, storage_key, created_at)"
                                    + " values (?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, accepted.fileName());
                    statement.setString(2, accepted.type().contentType());
                    statement.setLong(3, received.size());
                    statement.setString(4, received.sha256());
                    statement.setString(5, key);
                    statement.setTimestamp(6, Timestamp.from(now));
                    return statement;
                },
                keyHolder);
        var id = keyHolder.getKeyAs(Long.class);
        return new Attachment(
                new AttachmentId(id == null ? 0 : id),
                accepted.fileName(),
                accepted.type().contentType(),
                received.size(),
                received.sha256(),
                key,
                now,
                null,
                null);
    }

    /**
     * After the caller's transaction: once committed, make sure the file is still there (a removal on
     * this node may have run between placing it and the commit); either way, drop the received copy;
     * after a rollback, remove the file when no row refers to it.
     */
    private void afterTransaction(ContentFiles.Received received, String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    files.place(received.file(), key);
                } catch (IOException e) {
                    log.error("Could not place attachment file {}", key, e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                files.discard(received.file());
                if (status != STATUS_COMMITTED) {
                    removeIfUnused(received.sha256(), key);
                }
            }
        });
    }

    private void removeIfUnused(String sha256, String key) {
        try {
            files.removeIfUnused(key, () -> {
                var count = ownTransaction.execute(status ->
                        jdbc.queryForObject("select count(*) from attachment where sha256 = ?", Long.class, sha256));
                return count != null && count == 0;
            });
        } catch (IOException e) {
            log.warn("Could not remove unused attachment file {}", key, e);
        }
    }

    private static Attachment attachment(ResultSet row, int index) throws SQLException {
        var ticket = row.getObject("ticket_id") == null ? null : row.getLong("ticket_id");
        var message = row.getObject("message_id") == null ? null : row.getLong("message_id");
        return new Attachment(
                new AttachmentId(row.getLong("id")),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getString("storage_key"),
                row.getTimestamp("created_at").toInstant(),
                ticket,
                message);
    }
}
