package nl.loket.tickets;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.loket.knowledge.SearchAnalysis;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the ticket index at start when it does not match the database (a new data directory, a
 * restored backup, tickets from before search existed) or was built with another analysis or
 * mapping ({@link #VERSION}). Unlike the knowledge base's, the rebuild runs in the background: a
 * million tickets take minutes, and the desk works meanwhile (search finds what is indexed so far).
 */
@Component
@Order(6)
class TicketSearchIndex implements ApplicationRunner {

    /** Change this whenever the ticket mapping changes; the analysis version is part of it. */
    static final String VERSION = "tickets-1;" + SearchAnalysis.VERSION;

    private static final Logger log = LoggerFactory.getLogger(TicketSearchIndex.class);

    private final EntityManager entityManager;
    private final TicketRepository tickets;
    private final TransactionTemplate transaction;
    private final Path versionFile;

    TicketSearchIndex(
            EntityManager entityManager,
            TicketRepository tickets,
            TransactionTemplate transaction,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String indexRoot) {
        this.entityManager = entityManager;
        this.tickets = tickets;
        this.transaction = transaction;
        this.versionFile = Path.of(indexRoot, "ticket-index-version");
    }

    @Override
    public void run(ApplicationArguments args) {
        var counts = transaction.execute(status -> new long[] {
            tickets.count(),
            Search.session(entityManager)
                    .search(Ticket.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount()
        });
        if (counts == null) {
            return;
        }
        var changed = !VERSION.equals(builtWith());
        if (counts[0] != counts[1] || (changed && counts[0] > 0)) {
            log.info(
                    "Ticket index holds {} of {} tickets{}: rebuilding it in the background",
                    counts[1],
                    counts[0],
                    changed ? " and was built with another mapping" : "");
            Thread.ofVirtual().name("ticket-index-rebuild").start(this::rebuild);
        } else {
            writeVersion();
        }
    }

    private void rebuild() {
        try {
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(Ticket.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
            writeVersion();
            log.info("Ticket index rebuilt");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Rebuilding the ticket index failed; it is tried again at the next start", e);
        }
    }

    private String builtWith() {
        try {
            return Files.exists(versionFile) ? Files.readString(versionFile).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void writeVersion() {
        try {
            Files.createDirectories(versionFile.getParent());
            Files.writeString(versionFile, VERSION);
        } catch (IOException e) {
            log.warn("Could not record the ticket index version in {}: {}", versionFile, e.getMessage());
        }
    }
}
