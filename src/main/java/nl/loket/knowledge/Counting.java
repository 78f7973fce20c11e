package nl.loket.knowledge;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds to a counter row, creating it when it is not there: update first, insert when nothing was
 * updated, and update again when another node inserted the row in between (the unique key
 * settles the race). Used for reads, votes and content gaps.
 */
final class Counting {

    private Counting() {}

    static void add(JdbcTemplate jdbc, String update, Object[] updateArgs, String insert, Object[] insertArgs) {
        if (jdbc.update(update, updateArgs) == 0) {
            try {
                jdbc.update(insert, insertArgs);
            } catch (DuplicateKeyException raced) {
                jdbc.update(update, updateArgs);
            }
        }
    }
}
