package nl.loket.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One article found by a search or suggested for a ticket, best first.
 *
 * @param snippet plain text with the matched words between {@code <mark>} and {@code </mark>};
 *     everything else is HTML-escaped, so it can be shown as HTML as it is
 */
public record SearchHit(
        long id,
        @Nullable String externalId,
        String title,
        String url,
        String snippet,
        String category,
        double score) {}
