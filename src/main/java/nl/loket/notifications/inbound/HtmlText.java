package nl.loket.notifications.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of a mail without a plain-text part into text a person can read: one line per
 * block, list items with a dash, links with their address, and the content of a
 * {@code <blockquote>} prefixed with {@code >} so that quoted history is recognised as in plain
 * text. Nothing of the HTML survives (no tags, styles or scripts).
 */
final class HtmlText {

    private static final int MAX_DEPTH = 200;
    private static final Set<String> SKIPPED =
            Set.of("head", "style", "script", "title", "template", "noscript", "object", "svg", "xml");
    private static final Set<String> BLOCKS = Set.of(
            "div",
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "dl",
            "dt",
            "dd",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "nav",
            "address",
            "center",
            "form",
            "fieldset",
            "figure",
            "figcaption",
            "main");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int quoteDepth;
    private int lineDepth;
    private boolean preformatted;

    private HtmlText() {}

    static String toText(String html) {
        var text = new HtmlText();
        text.children(Jsoup.parse(html).body(), 0);
        text.breakLine();
        return String.join("\n", text.lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    private void children(Element element, int depth) {
        for (var child : element.childNodes()) {
            node(child, depth + 1);
        }
    }

    private void node(Node node, int depth) {
        if (node instanceof TextNode text) {
            text(text.getWholeText());
        } else if (node instanceof Element element) {
            if (depth > MAX_DEPTH) {
                text(element.text());
            } else {
                element(element, depth);
            }
        }
    }

    private void element(Element element, int depth) {
        var tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> hardBreak();
            case "hr" -> {
                breakLine();
                hardBreak();
            }
            case "blockquote" -> {
                breakLine();
                quoteDepth++;
                children(element, depth);
                breakLine();
                quoteDepth--;
            }
            case "pre" -> {
                breakLine();
                preformatted = true;
                children(element, depth);
                preformatted = false;
                breakLine();
            }
            case "li" -> {
                breakLine();
                var parent = element.parent();
                boolean numbered = parent != null && parent.normalName().equals("ol");
                text(numbered ? (element.elementSiblingIndex() + 1) + ". " : "- ");
                children(element, depth);
                breakLine();
            }
            case "a" -> {
                children(element, depth);
                link(element);
            }
            case "td", "th" -> {
                children(element, depth);
                text(" ");
            }
            case "p" -> paragraph(element, depth);
            case "ul", "ol" -> {
                breakLine();
                children(element, depth);
                breakLine();
                var parent = element.parent();
                if (parent == null || !parent.normalName().equals("li")) {
                    hardBreak();
                }
            }
            default -> {
                if (BLOCKS.contains(tag)) {
                    breakLine();
                    children(element, depth);
                    breakLine();
                } else {
                    children(element, depth);
                }
            }
        }
    }

    /** A paragraph ends with an empty line, except Outlook's, which stand for single lines. */
    private void paragraph(Element element, int depth) {
        breakLine();
        children(element, depth);
        boolean empty = line.toString().isBlank();
        breakLine();
        var style = element.className().toLowerCase(Locale.ROOT);
        if (empty && style.startsWith("mso")) {
            hardBreak();
        } else if (!style.startsWith("mso") && !empty) {
            hardBreak();
        }
    }

    private void link(Element element) {
        var href = element.attr("href").strip();
        var lower = href.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return;
        }
        var shown = element.text().strip();
        if (!shown.isEmpty() && !shown.equals(href) && !href.endsWith(shown) && !shown.contains(href)) {
            text(" (" + href + ")");
        }
    }

    private void text(String raw) {
        if (preformatted) {
            var parts = raw.replace("\r", "").split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    hardBreak();
                }
                append(parts[i]);
            }
            return;
        }
        var collapsed = raw.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ");
        if (line.isEmpty()) {
            collapsed = collapsed.stripLeading();
        }
        append(collapsed);
    }

    private void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (line.isEmpty()) {
            lineDepth = quoteDepth;
        }
        line.append(text);
    }

    /** Ends the current line if it has text (a block boundary). */
    private void breakLine() {
        if (!line.toString().isBlank()) {
            hardBreak();
        } else {
            line.setLength(0);
        }
    }

    /** Ends the current line, even an empty one ({@code <br>}). */
    private void hardBreak() {
        int depth = line.isEmpty() ? quoteDepth : lineDepth;
        var content = line.toString().stripTrailing();
        lines.add(depth == 0 ? content : "> ".repeat(depth) + content);
        line.setLength(0);
    }
}
