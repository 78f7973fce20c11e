package nl.loket.knowledge;

/** Whether readers can see an article. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
