package nl.loket.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.loket.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records searches that found nothing: the normalised query text and a count, never who searched.
 * Counting is an update-then-insert that two nodes may race on; the unique key settles it.
 */
@Component
class SearchGaps {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SearchGaps(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String query, Language language) {
        var text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return;
        }
        text = QueryText.limit(text, QueryText.MAX_LENGTH);
        var now = Timestamp.from(clock.instant());
        Counting.add(
                jdbc,
                "update kb_search_gap set hits = hits + 1, last_seen = ? where language = ? and query = ?",
                new Object[] {now, language.code(), text},
                "insert into kb_search_gap (language, query, hits, first_seen, last_seen) values (?, ?, 1, ?, ?)",
                new Object[] {language.code(), text, now, now});
    }

    @Transactional(readOnly = true)
    List<ContentGap> mostFrequent(int limit) {
        return jdbc.query(
                "select language, query, hits, last_seen from kb_search_gap order by hits desc, last_seen desc limit ?",
                (rs, row) -> new ContentGap(
                        Language.fromCode(rs.getString(1)),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()),
                limit);
    }
}
