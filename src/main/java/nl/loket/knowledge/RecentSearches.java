package nl.loket.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers to recent searches, since readers ask the same few questions over and over: the same
 * words in the same language give the same hits until an article or synonym changes. Emptied on
 * every such change on this node; entries also expire after a minute, which bounds how long
 * another node's change goes unseen. An answer computed while a change happened is not kept.
 */
@Component
class RecentSearches {

    private static final long TIME_TO_LIVE_NANOS = 60L * 1_000_000_000;

    /** What a search is: its kind (reader search or ticket suggestions), language, limit and words. */
    record Key(String kind, Language language, int limit, List<String> words) {}

    record Answer(List<SearchHit> hits, @Nullable String didYouMean) {}

    private record Cached(Answer answer, long createdAt) {}

    private final int capacity;
    private final Map<Key, Cached> entries;
    private long generation;

    RecentSearches(KnowledgeSettings settings) {
        this.capacity = settings.searchCache() == null ? 0 : settings.searchCache();
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    Answer answer(Key key, Supplier<Answer> search) {
        if (capacity == 0) {
            return search.get();
        }
        long startedIn;
        synchronized (this) {
            var entry = entries.get(key);
            if (entry != null && System.nanoTime() - entry.createdAt() < TIME_TO_LIVE_NANOS) {
                return entry.answer();
            }
            startedIn = generation;
        }
        var answer = search.get();
        synchronized (this) {
            if (generation == startedIn) {
                entries.put(key, new Cached(answer, System.nanoTime()));
            }
        }
        return answer;
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }
}
