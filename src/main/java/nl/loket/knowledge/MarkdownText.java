package nl.loket.knowledge;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Article bodies are Markdown. Rendered to HTML for readers through an allow-list sanitizer (no
 * script, iframe, style, event handler or {@code javascript:} link survives, whatever the editor
 * typed), and to plain text for the search index and excerpts.
 */
public final class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new ExternalLinks())
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "http", "mailto", "tel")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowAttributes("rel")
                    .matching(true, "nofollow noopener", "noopener")
                    .onElements("a")
                    .requireRelsOnLinks("noopener")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "blockquote", "dl", "dt", "dd")
                    .toFactory());

    private MarkdownText() {}

    /** Safe HTML for a page. */
    public static String html(String markdown) {
        return POLICY.sanitize(HTML.render(parse(markdown)));
    }

    /** The text without markup, for the index and for excerpts. */
    public static String plain(String markdown) {
        return TEXT.render(parse(markdown)).strip();
    }

    /** The first words of the text, cut at a word boundary, with an ellipsis when cut. */
    public static String excerpt(String markdown, int maxLength) {
        var text = plain(markdown).replaceAll("\\s+", " ");
        if (text.length() <= maxLength) {
            return text;
        }
        var cut = text.lastIndexOf(' ', maxLength);
        return text.substring(0, cut > maxLength / 2 ? cut : maxLength).strip() + "…";
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Links leaving the site open without handing it our page (rel=noopener). */
    private static final class ExternalLinks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
            if (node instanceof Link) {
                attributes.put("rel", "noopener");
            }
        }
    }
}
