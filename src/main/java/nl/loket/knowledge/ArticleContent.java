package nl.loket.knowledge;

/**
 * What an editor writes: a title, a Markdown body and comma-separated keywords.
 *
 * @throws IllegalArgumentException when the title or body is blank or too long
 */
public record ArticleContent(String title, String body, String keywords) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_KEYWORDS = 1_000;

    public ArticleContent {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        keywords = keywords == null ? "" : keywords.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title needs 1 to " + MAX_TITLE + " characters");
        }
        if (body.isEmpty() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A body needs 1 to " + MAX_BODY + " characters");
        }
        if (keywords.length() > MAX_KEYWORDS) {
            throw new IllegalArgumentException("Keywords may take at most " + MAX_KEYWORDS + " characters");
        }
    }
}
