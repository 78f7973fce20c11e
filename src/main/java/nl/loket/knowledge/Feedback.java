package nl.loket.knowledge;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "Was this article helpful?": two counters per article, no record of who answered. */
@Component
class Feedback {

    private final JdbcTemplate jdbc;

    Feedback(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long articleId, boolean helpful) {
        var column = helpful ? "helpful" : "not_helpful";
        Counting.add(
                jdbc,
                "update kb_article_feedback set " + column + " = " + column + " + 1 where article_id = ?",
                new Object[] {articleId},
                "insert into kb_article_feedback (article_id, helpful, not_helpful) values (?, ?, ?)",
                new Object[] {articleId, helpful ? 1 : 0, helpful ? 0 : 1});
    }

    /** Helpful and not-helpful answers so far. */
    long[] counts(long articleId) {
        return jdbc
                .query(
                        "select helpful, not_helpful from kb_article_feedback where article_id = ?",
                        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)},
                        articleId)
                .stream()
                .findFirst()
                .orElse(new long[] {0, 0});
    }
}
