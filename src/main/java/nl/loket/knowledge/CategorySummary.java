package nl.loket.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A category with its published articles, in the order readers see them. */
public record CategorySummary(
        long id, String slug, String name, @Nullable String description, String url, List<ArticleSummary> articles) {}
