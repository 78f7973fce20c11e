package nl.loket.tickets.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Storing, reading, sharing and deleting attachment files, with their rows in the database. */
@DatabaseTest
@LoketIntegrationTest
class AttachmentStoreIntegrationTests {

    @Autowired
    AttachmentStore store;

    @Autowired
    ContentFiles files;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clock;

    @Autowired
    TicketDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void put_the_clock_back() {
        clock.reset();
    }

    @Test
    void an_accepted_upload_is_kept_with_its_row_and_reads_back_byte_for_byte() throws IOException {
        var content = unique(SampleFiles.pdf());

        var stored = stored(store.store(Upload.of("C:\\scans\\Factuur maart.pdf", "text/html", content)));

        assertThat(stored.fileName()).isEqualTo("Factuur maart.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.isAttached()).isFalse();
        assertThat(store.find(stored.id())).contains(stored);
        try (var in = store.open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files.pathOf(stored.storageKey()).getFileName().toString()).isEqualTo(stored.sha256());
    }

    @Test
    void the_same_content_uploaded_twice_is_kept_once_and_its_file_goes_with_the_last_row() {
        var content = unique(SampleFiles.text());
        var first = stored(store.store(Upload.of("log.txt", "text/plain", content)));
        var second = stored(store.store(Upload.of("dezelfde-log.txt", "text/plain", content)));
        var file = files.pathOf(first.storageKey());

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        assertThat(second.fileName()).isEqualTo("dezelfde-log.txt");

        store.delete(first.id());
        assertThat(store.find(first.id())).isEmpty();
        assertThat(file).exists();

        store.delete(second.id());
        assertThat(file).doesNotExist();
    }

    @Test
    void a_refused_upload_leaves_no_row_and_no_file_behind() throws IOException {
        var before = incomingFiles();

        var result = store.store(Upload.of("factuur.pdf", "application/pdf", SampleFiles.exe()));

        assertThat(result).isInstanceOf(AttachmentStore.Rejected.class);
        assertThat(((AttachmentStore.Rejected) result).rejection().reason())
                .isEqualTo(Rejection.Reason.CONTENT_MISMATCH);
        assertThat(incomingFiles()).isEqualTo(before);
    }

    @Test
    void an_upload_in_a_transaction_that_rolls_back_takes_its_file_with_it() {
        var content = unique(SampleFiles.csv());
        var kept = new Attachment[1];

        transaction.executeWithoutResult(status -> {
            kept[0] = stored(store.store(Upload.of("export.csv", "text/csv", content)));
            status.setRollbackOnly();
        });

        assertThat(store.find(kept[0].id())).isEmpty();
        assertThat(files.pathOf(kept[0].storageKey())).doesNotExist();
    }

    @Test
    void a_message_with_too_many_files_is_refused_as_a_whole_and_otherwise_file_by_file() {
        var six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> Upload.of("log" + i + ".txt", "text/plain", unique(SampleFiles.text())))
                .toList();

        var tooMany = store.storeAll(six);
        var mixed = store.storeAll(List.of(
                Upload.of("scan.png", "image/png", SampleFiles.png()),
                Upload.of("virus.exe", "application/octet-stream", SampleFiles.exe())));

        assertThat(tooMany.stored()).isEmpty();
        assertThat(tooMany.rejected()).singleElement().satisfies(rejection -> assertThat(rejection.reason())
                .isEqualTo(Rejection.Reason.TOO_MANY_FILES));
        assertThat(mixed.stored()).extracting(Attachment::fileName).containsExactly("scan.png");
        assertThat(mixed.rejected()).extracting(Rejection::fileName).containsExactly("virus.exe");
        assertThat(mixed.allAccepted()).isFalse();
    }

    @Test
    void uploads_are_attached_to_one_ticket_only_and_listed_per_ticket_and_message() {
        var ticket = newTicket();
        var other = newTicket();
        var message = firstMessageOf(ticket);
        var first = stored(store.store(Upload.of("a.pdf", "", unique(SampleFiles.pdf()))));
        var second = stored(store.store(Upload.of("b.png", "", SampleFiles.png())));

        assertThat(store.attach(List.of(first.id(), second.id()), ticket, message))
                .isEqualTo(2);
        assertThat(store.attach(List.of(first.id()), other, null)).isZero();

        assertThat(store.ofTicket(ticket)).extracting(Attachment::fileName).containsExactly("a.pdf", "b.png");
        assertThat(store.ofTicket(other)).isEmpty();
        assertThat(store.find(first.id()).orElseThrow().messageId()).isEqualTo(message);
    }

    @Test
    void an_upload_cannot_be_attached_to_a_ticket_or_message_that_does_not_exist() {
        var upload = stored(store.store(Upload.of("los.txt", "", unique(SampleFiles.text()))));
        var ticket = newTicket();

        assertThatThrownBy(() -> store.attach(List.of(upload.id()), Long.MAX_VALUE, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> store.attach(List.of(upload.id()), ticket, Long.MAX_VALUE))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.find(upload.id()).orElseThrow().isAttached()).isFalse();
    }

    @Test
    void uploads_that_never_reached_a_ticket_are_deleted_after_a_while() {
        var abandoned = stored(store.store(Upload.of("vergeten.txt", "", unique(SampleFiles.text()))));
        var attached = stored(store.store(Upload.of("bewaard.txt", "", unique(SampleFiles.text()))));
        store.attach(List.of(attached.id()), newTicket(), null);

        clock.advance(Duration.ofDays(2));
        store.deleteUnattachedBefore(clock.instant().minus(Duration.ofDays(1)));

        assertThat(store.find(abandoned.id())).isEmpty();
        assertThat(files.pathOf(abandoned.storageKey())).doesNotExist();
        assertThat(store.find(attached.id())).isPresent();
    }

    private long newTicket() {
        var opened = desk.open(
                TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("bijlage"), "Bijlage", "Zie de bijlage."));
        return jdbc.queryForObject(
                "select id from ticket where number = ?",
                Long.class,
                opened.number().value());
    }

    private long firstMessageOf(long ticket) {
        return jdbc.queryForObject("select min(id) from ticket_message where ticket_id = ?", Long.class, ticket);
    }

    private long incomingFiles() throws IOException {
        var incoming = files.pathOf(ContentFiles.keyOf("0".repeat(64)))
                .getParent()
                .getParent()
                .resolveSibling("incoming");
        if (!Files.exists(incoming)) {
            return 0;
        }
        try (var listing = Files.list(incoming)) {
            return listing.count();
        }
    }

    private static Attachment stored(AttachmentStore.Result result) {
        assertThat(result).isInstanceOf(AttachmentStore.Stored.class);
        return ((AttachmentStore.Stored) result).attachment();
    }

    /** Content no other test stores, so that sharing a file between tests cannot blur what a test sees. */
    private static byte[] unique(byte[] content) {
        return SampleFiles.concat(content, ("\n" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII));
    }
}
