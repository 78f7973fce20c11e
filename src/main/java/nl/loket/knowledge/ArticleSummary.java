package nl.loket.knowledge;

/** An article as a list shows it: title, a short excerpt and how much it is read. */
public record ArticleSummary(long id, String title, String url, String excerpt, PopularityLabel popularity) {}
