package nl.loket.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The expensive parts of an article page (rendered Markdown, related articles found by search,
 * the translation link), kept per article version. An edit changes the version; publishing or
 * withdrawing any article empties the cache on this node; and every entry expires after a few
 * minutes, which bounds how long another node's change can go unseen.
 */
@Component
class PageParts {

    private static final int MAX_ENTRIES = 2_000;
    private static final long TIME_TO_LIVE_NANOS = 5L * 60 * 1_000_000_000;

    /** A related article without its label, which changes more often than the page. */
    record Related(long id, String title, String url) {}

    record Parts(String html, List<Related> related, @Nullable String translationUrl) {}

    private record Cached(long version, long createdAt, Parts parts) {}

    /**
     * Changes whenever the cache is emptied, so that whatever was built from its entries (a
     * rendered page, an ETag) can tell it is out of date. Starts from the clock, so a restarted node
     * does not repeat an earlier node's generation.
     */
    private final AtomicLong generation = new AtomicLong(System.currentTimeMillis());

    private final Map<Long, Cached> entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    Parts get(long articleId, long version, Supplier<Parts> build) {
        var now = System.nanoTime();
        var entry = entries.get(articleId);
        if (entry != null && entry.version() == version && now - entry.createdAt() < TIME_TO_LIVE_NANOS) {
            return entry.parts();
        }
        var parts = build.get();
        entries.put(articleId, new Cached(version, now, parts));
        return parts;
    }

    long generation() {
        return generation.get();
    }

    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
