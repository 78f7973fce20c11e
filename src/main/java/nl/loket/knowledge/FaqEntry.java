package nl.loket.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One article in the FAQ exchange format, exactly as in {@code faq-corpus.json}. {@code language}
 * is optional and not in that file (Dutch is assumed); it is written only for English articles.
 */
@JsonPropertyOrder({"id", "source", "site", "category", "title", "body", "popularity_label", "excerpt_only"})
public record FaqEntry(
        @Nullable String id,
        @Nullable String source,
        @Nullable String site,
        @Nullable String category,
        @Nullable String title,
        @Nullable String body,
        @JsonProperty("popularity_label") @Nullable String popularityLabel,
        @JsonProperty("excerpt_only") @Nullable Boolean excerptOnly,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String language) {}
