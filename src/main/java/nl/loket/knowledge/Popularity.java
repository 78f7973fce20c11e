package nl.loket.knowledge;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts readers and turns the counts into labels. One read per visitor per article per day: a
 * visitor is recognised by a keyed hash of address and browser that lives only in memory for that
 * day (nothing about the visitor is stored). Crawlers are not counted. Counts are buffered and
 * added to {@code kb_article_reads} every few seconds; each node adds its own, so nodes never
 * overwrite each other.
 */
@Component
class Popularity {

    static final int WINDOW_DAYS = 90;
    static final long POPULAR_MINIMUM = 100;
    static final long SOME_MINIMUM = 10;
    private static final int MAX_REMEMBERED_VISITS = 2_000_000;
    private static final long LABEL_CACHE_MILLIS = 60_000;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CRAWLER = Pattern.compile(
            "(?i).*(bot|crawl|spider|slurp|fetch|preview|monitor|curl|wget|python|java/|httpclient|go-http|okhttp|scrapy|headless|lighthouse|facebookexternalhit|bingpreview).*");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private volatile Set<Long> seenToday = ConcurrentHashMap.newKeySet();
    private volatile LocalDate today;
    private volatile long daySecret = new java.security.SecureRandom().nextLong();
    private volatile @Nullable Labels labels;

    Popularity(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = LocalDate.now(clock.withZone(AMSTERDAM));
    }

    /** Counts a read unless this visitor read this article today already, or is a crawler. */
    boolean recordRead(long articleId, String address, @Nullable String userAgent) {
        if (userAgent == null
                || userAgent.isBlank()
                || CRAWLER.matcher(userAgent).matches()) {
            return false;
        }
        rollDay();
        var visit = visitKey(articleId, address, userAgent);
        if (seenToday.size() >= MAX_REMEMBERED_VISITS || !seenToday.add(visit)) {
            return false;
        }
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** The label for every article that has one; articles without reads are "few readers". */
    PopularityLabel labelOf(long articleId) {
        return labels().of(articleId);
    }

    /** Adds the buffered reads to the database. */
    @Scheduled(fixedDelayString = "${loket.knowledge.read-flush-interval:PT10S}")
    void flush() {
        var day = Date.valueOf(today);
        for (var articleId : Set.copyOf(pending.keySet())) {
            var adder = pending.remove(articleId);
            var reads = adder == null ? 0 : adder.sumThenReset();
            if (reads > 0) {
                addReads(articleId, day, reads);
            }
        }
    }

    /** Records reads directly, as an import does to carry over an article's popularity. */
    void seed(long articleId, long reads) {
        addReads(articleId, Date.valueOf(LocalDate.now(clock.withZone(AMSTERDAM))), reads);
        labels = null;
    }

    void forgetLabels() {
        labels = null;
    }

    private void addReads(long articleId, Date day, long reads) {
        Counting.add(
                jdbc,
                "update kb_article_reads set reads = reads + ? where article_id = ? and read_on = ?",
                new Object[] {reads, articleId, day},
                "insert into kb_article_reads (article_id, read_on, reads) values (?, ?, ?)",
                new Object[] {articleId, day, reads});
    }

    private Labels labels() {
        var current = labels;
        if (current == null || current.computedAt + LABEL_CACHE_MILLIS < clock.millis()) {
            current = computeLabels();
            labels = current;
        }
        return current;
    }

    private Labels computeLabels() {
        var since = Date.valueOf(LocalDate.now(clock.withZone(AMSTERDAM)).minusDays(WINDOW_DAYS));
        var reads = new HashMap<Long, Long>();
        jdbc.query(
                "select r.article_id, sum(r.reads) from kb_article_reads r join kb_article a on a.id = r.article_id"
                        + " where r.read_on >= ? and a.status = 'PUBLISHED' group by r.article_id",
                rs -> {
                    reads.put(rs.getLong(1), rs.getLong(2));
                },
                since);
        var most = reads.values().stream().mapToLong(Long::longValue).max().orElse(0);
        var result = new HashMap<Long, PopularityLabel>();
        reads.forEach((id, count) -> result.put(id, label(count, most)));
        return new Labels(Map.copyOf(result), clock.millis());
    }

    static PopularityLabel label(long reads, long most) {
        if (reads >= POPULAR_MINIMUM && reads * 4 >= most) {
            return PopularityLabel.POPULAR;
        }
        if (reads < SOME_MINIMUM || reads * 50 < most) {
            return PopularityLabel.FEW_READERS;
        }
        return PopularityLabel.SOME_READERS;
    }

    private void rollDay() {
        var now = LocalDate.now(clock.withZone(AMSTERDAM));
        if (!now.equals(today)) {
            synchronized (this) {
                if (!now.equals(today)) {
                    flush();
                    seenToday = ConcurrentHashMap.newKeySet();
                    daySecret = new java.security.SecureRandom().nextLong();
                    today = now;
                }
            }
        }
    }

    private long visitKey(long articleId, String address, String userAgent) {
        long hash = daySecret ^ articleId * 0x9E3779B97F4A7C15L;
        for (var part : new String[] {address, userAgent}) {
            for (int i = 0; i < part.length(); i++) {
                hash = (hash ^ part.charAt(i)) * 0x100000001B3L;
            }
            hash = Long.rotateLeft(hash, 31) * 0x9E3779B97F4A7C15L;
        }
        return hash;
    }

    private record Labels(Map<Long, PopularityLabel> byArticle, long computedAt) {
        PopularityLabel of(long articleId) {
            return byArticle.getOrDefault(articleId, PopularityLabel.FEW_READERS);
        }
    }
}
