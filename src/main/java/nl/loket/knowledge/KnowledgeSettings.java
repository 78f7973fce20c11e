package nl.loket.knowledge;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoContent {@code auto} (load the demo FAQ on the first start of the embedded H2
 *     database), {@code always} (whenever the knowledge base is empty) or {@code never}
 * @param searchCache how many recent search answers to keep (default 10,000); 0 switches the cache
 *     off, so that every search runs against the index (as the latency benchmark does)
 */
@ConfigurationProperties("loket.knowledge")
record KnowledgeSettings(String demoContent, @Nullable Integer searchCache) {

    KnowledgeSettings {
        demoContent = demoContent == null || demoContent.isBlank() ? "auto" : demoContent.strip();
        searchCache = searchCache == null ? 10_000 : Math.max(0, searchCache);
    }
}
