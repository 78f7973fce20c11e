package nl.loket.knowledge;

import java.time.Instant;
import nl.loket.shared.Language;

/** Where a published article lives and when it last changed, as a sitemap lists it. */
public record PublishedArticle(String url, Language language, Instant updatedAt) {}
