package nl.loket.knowledge;

import java.time.Instant;

/** The parts of a published article that its page's ETag and Last-Modified are made of. */
public record ArticleStamp(long id, long version, Instant updatedAt, PopularityLabel popularity) {}
