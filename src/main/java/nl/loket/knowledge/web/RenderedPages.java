package nl.loket.knowledge.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Article pages exactly as anonymous readers get them, rendered once and kept in memory up to a
 * byte budget, least recently used out first. The key is the page's ETag (article version,
 * popularity label, content generation, interface language) plus what else the page is made of,
 * so a changed article or label simply misses; entries also expire after a few minutes, which
 * bounds how long another node's change to related articles goes unseen.
 */
@Component
class RenderedPages {

    private static final long TIME_TO_LIVE_NANOS = 5L * 60 * 1_000_000_000;

    /** @param size how many bytes of rendered pages to keep; 0 switches the cache off */
    @ConfigurationProperties("loket.knowledge.page-cache")
    record Settings(@Nullable DataSize size) {
        Settings {
            size = size == null ? DataSize.ofMegabytes(128) : size;
        }
    }

    record Page(byte[] body, String contentType, long createdAt) {}

    private final long budget;
    private long used;
    private final Map<String, Page> pages = new LinkedHashMap<>(1024, 0.75f, true);

    RenderedPages(Settings settings) {
        this.budget = settings.size() == null ? 0 : settings.size().toBytes();
    }

    synchronized @Nullable Page get(String key) {
        var page = pages.get(key);
        if (page != null && System.nanoTime() - page.createdAt() > TIME_TO_LIVE_NANOS) {
            remove(key);
            return null;
        }
        return page;
    }

    synchronized void put(String key, byte[] body, String contentType) {
        if (body.length > budget / 16) {
            return;
        }
        remove(key);
        pages.put(key, new Page(body, contentType, System.nanoTime()));
        used += body.length;
        var eldest = pages.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            used -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private void remove(String key) {
        var old = pages.remove(key);
        if (old != null) {
            used -= old.body().length;
        }
    }
}
