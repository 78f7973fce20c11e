package nl.loket.knowledge;

import java.time.Instant;
import nl.loket.shared.Language;

/** A search that found nothing, as editors see it: what was asked, how often, when last. */
public record ContentGap(Language language, String query, long hits, Instant lastSeen) {}
