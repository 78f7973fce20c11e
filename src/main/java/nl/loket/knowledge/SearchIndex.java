package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Rebuilds the search index at start when it does not match the database (a new data directory,
 * a restored backup, an index deleted by hand) or was built with an older analysis (see
 * {@link SearchAnalysis#VERSION}), before readiness reports up.
 */
@Component
@Order(5)
class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final TransactionTemplate transaction;

    private final Path versionFile;

    SearchIndex(
            EntityManager entityManager,
            ArticleRepository articles,
            TransactionTemplate transaction,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") String indexRoot) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.transaction = transaction;
        this.versionFile = Path.of(indexRoot, "analysis-version");
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        var counts = transaction.execute(status -> new long[] {
            articles.count(),
            Search.session(entityManager)
                    .search(Article.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount()
        });
        var analysisChanged = !SearchAnalysis.VERSION.equals(builtWith());
        var empty = counts != null && counts[0] == 0 && counts[1] == 0;
        if (counts != null && !empty && (counts[0] != counts[1] || analysisChanged)) {
            log.info(
                    "Search index holds {} of {} articles{}: rebuilding it",
                    counts[1],
                    counts[0],
                    analysisChanged ? " and was built with another analysis" : "");
            rebuild();
        }
        writeVersion();
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
            Files.writeString(versionFile, SearchAnalysis.VERSION);
        } catch (IOException e) {
            log.warn("Could not record the search analysis version in {}: {}", versionFile, e.getMessage());
        }
    }

    void rebuild() throws InterruptedException {
        // The mapping's mass indexer opens its own sessions: no transaction needed at start-up.
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Article.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                // One segment to search instead of the many a rebuild writes.
                .mergeSegmentsOnFinish(true)
                .startAndWait();
    }
}
