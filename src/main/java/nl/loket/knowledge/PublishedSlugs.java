package nl.loket.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.loket.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Where each published article lives, in memory: language and slug to id, version, last change
 * and category. Answers the question every article request asks first (is this address an article,
 * and what is its ETag?) without a database query. Reloaded in one query when the content
 * generation changes on this node, and at least every few seconds, which bounds how long another
 * node's change goes unseen.
 */
@Component
class PublishedSlugs {

    private static final long TIME_TO_LIVE_NANOS = 10L * 1_000_000_000;

    record Entry(
            long id,
            Language language,
            String slug,
            long version,
            Instant updatedAt,
            String categorySlug,
            UUID translationKey) {

        String url() {
            return "/kb/" + categorySlug + "/" + slug;
        }
    }

    private record Snapshot(
            long generation,
            long loadedAt,
            Map<Language, Map<String, Entry>> slugs,
            Map<UUID, List<Entry>> translations) {

        static Snapshot of(long generation, List<Entry> entries) {
            var slugs = new EnumMap<Language, Map<String, Entry>>(Language.class);
            var translations = new HashMap<UUID, List<Entry>>();
            for (var entry : entries) {
                slugs.computeIfAbsent(entry.language(), language -> new HashMap<>())
                        .put(entry.slug(), entry);
                translations
                        .computeIfAbsent(entry.translationKey(), key -> new ArrayList<>(2))
                        .add(entry);
            }
            return new Snapshot(generation, System.nanoTime(), slugs, translations);
        }
    }

    private final EntityManager entityManager;
    private final PageParts pageParts;
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, 0, Map.of(), Map.of());

    PublishedSlugs(EntityManager entityManager, PageParts pageParts) {
        this.entityManager = entityManager;
        this.pageParts = pageParts;
    }

    /** The published article with this slug, in the preferred language first, then the other. */
    Optional<Entry> find(String slug, Language preferred) {
        var slugs = current().slugs();
        var other = preferred == Language.NL ? Language.EN : Language.NL;
        var found = slugs.getOrDefault(preferred, Map.of()).get(slug);
        return Optional.ofNullable(
                found != null ? found : slugs.getOrDefault(other, Map.of()).get(slug));
    }

    /** The published translation of an article into another language, if there is one. */
    Optional<Entry> translationOf(long articleId, UUID translationKey) {
        return current().translations().getOrDefault(translationKey, List.of()).stream()
                .filter(entry -> entry.id() != articleId)
                .findFirst();
    }

    private Snapshot current() {
        var now = System.nanoTime();
        var generation = pageParts.generation();
        var known = snapshot;
        if (known.generation() == generation && now - known.loadedAt() < TIME_TO_LIVE_NANOS) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known.generation() == generation && now - known.loadedAt() < TIME_TO_LIVE_NANOS) {
                return known;
            }
            var loaded = Snapshot.of(generation, load());
            // A change during the load makes the generation move on: the next call loads again.
            snapshot = loaded;
            return loaded;
        }
    }

    private List<Entry> load() {
        return entityManager
                .createQuery(
                        """
                        select a.id, a.language, a.slug, a.version, a.updatedAt, c.slug, a.translationKey
                        from Article a join a.category c
                        where a.status = :published""",
                        Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(row -> new Entry(
                        (Long) row[0],
                        (Language) row[1],
                        (String) row[2],
                        (Long) row[3],
                        (Instant) row[4],
                        (String) row[5],
                        (UUID) row[6]))
                .toList();
    }
}
