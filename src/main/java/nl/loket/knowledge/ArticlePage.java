package nl.loket.knowledge;

import java.time.Instant;
import java.util.List;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A published article as its page shows it.
 *
 * @param html the body, rendered and sanitised
 * @param version changes with every edit; together with the popularity label it makes the ETag
 */
public record ArticlePage(
        long id,
        String title,
        String html,
        Language language,
        String url,
        String categoryName,
        String categoryUrl,
        Instant updatedAt,
        long version,
        PopularityLabel popularity,
        List<ArticleSummary> related,
        @Nullable String translationUrl) {}
