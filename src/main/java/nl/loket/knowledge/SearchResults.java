package nl.loket.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search found, and a corrected query to offer ("did you mean") when it found little.
 */
public record SearchResults(String query, List<SearchHit> hits, @Nullable String didYouMean) {

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
