package nl.loket.knowledge;

import java.time.Instant;

/**
 * The parts of a published article that its page's ETag and Last-Modified are made of. The
 * generation changes when any article is published, withdrawn or edited on this node, since that
 * can change the page's related articles.
 */
public record ArticleStamp(long id, long version, long generation, Instant updatedAt, PopularityLabel popularity) {}
