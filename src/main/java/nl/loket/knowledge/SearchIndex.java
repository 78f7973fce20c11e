package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index at start when it does not match the database (a new data directory,
 * a restored backup, an index deleted by hand), before readiness reports up.
 */
@Component
@Order(5)
class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final TransactionTemplate transaction;

    SearchIndex(EntityManager entityManager, ArticleRepository articles, TransactionTemplate transaction) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.transaction = transaction;
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
        if (counts != null && counts[0] != counts[1]) {
            log.info("Search index holds {} of {} articles: rebuilding it", counts[1], counts[0]);
            rebuild();
        }
    }

    void rebuild() throws InterruptedException {
        Search.session(entityManager)
                .massIndexer(Article.class)
                .threadsToLoadObjects(1)
                .startAndWait();
    }
}
