package nl.loket.tickets;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.loket.knowledge.SearchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The piece of a ticket's conversation that a search result shows, with the matching words marked.
 * The index keeps no message text (a million tickets' bodies would double it), so the words are
 * found again in the messages of the page's tickets, with the same Dutch analysis the index uses:
 * {@code facturen} marks {@code factuur}.
 */
@Component
class TicketSnippets {

    static final int LENGTH = 200;
    private static final int BEFORE = 60;
    /** A very long message is only looked into this far. */
    private static final int SCANNED = 20_000;

    private final EntityManagerFactory entityManagerFactory;
    private volatile @Nullable Analyzer analyzer;

    TicketSnippets(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The analysed terms of a query, as the index holds them. */
    Set<String> terms(String query) {
        var terms = new HashSet<String>();
        tokens(query, (term, start, end) -> terms.add(term));
        return terms;
    }

    /**
     * A snippet from the newest message that holds one of the terms, around the first such word;
     * the start of the first message when none does (the words were in the subject or the name).
     */
    List<TicketSearchPage.Snippet> of(List<TicketMessage> conversation, Set<String> terms) {
        for (var message : conversation.reversed()) {
            var text = message.body();
            var marks = marks(text.length() > SCANNED ? text.substring(0, SCANNED) : text, terms);
            if (!marks.isEmpty()) {
                return around(text, marks);
            }
        }
        if (conversation.isEmpty()) {
            return List.of();
        }
        var first = flat(conversation.getFirst().body());
        return List.of(new TicketSearchPage.Snippet(
                first.length() > LENGTH ? first.substring(0, LENGTH) + "…" : first, false));
    }

    private List<int[]> marks(String text, Set<String> terms) {
        var marks = new ArrayList<int[]>();
        tokens(text, (term, start, end) -> {
            if (terms.contains(term) && (marks.isEmpty() || marks.getLast()[1] <= start)) {
                marks.add(new int[] {start, end});
            }
        });
        return marks;
    }

    private static List<TicketSearchPage.Snippet> around(String text, List<int[]> marks) {
        var from = Math.max(0, marks.getFirst()[0] - BEFORE);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        var to = Math.min(text.length(), from + LENGTH);
        var parts = new ArrayList<TicketSearchPage.Snippet>();
        if (from > 0) {
            parts.add(new TicketSearchPage.Snippet("…", false));
        }
        var at = from;
        for (var mark : marks) {
            if (mark[0] < from || mark[1] > to) {
                continue;
            }
            add(parts, flat(text.substring(at, mark[0])), false);
            add(parts, flat(text.substring(mark[0], mark[1])), true);
            at = mark[1];
        }
        add(parts, flat(text.substring(at, to)), false);
        if (to < text.length()) {
            parts.add(new TicketSearchPage.Snippet("…", false));
        }
        return parts;
    }

    private static void add(List<TicketSearchPage.Snippet> parts, String text, boolean marked) {
        if (!text.isEmpty()) {
            parts.add(new TicketSearchPage.Snippet(text, marked));
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private void tokens(String text, TokenSink sink) {
        try (var stream = analyzer().tokenStream(TicketMessagesBinder.FIELD, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's own Dutch analyser; an Elasticsearch/OpenSearch backend analyses remotely instead. */
    private Optional<Analyzer> dutch() {
        try {
            return Search.mapping(entityManagerFactory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer(SearchAnalysis.DUTCH)
                    .map(Analyzer.class::cast);
        } catch (SearchException notLucene) {
            return Optional.empty();
        }
    }

    private Analyzer analyzer() {
        var found = analyzer;
        if (found == null) {
            found = dutch().orElseGet(StandardAnalyzer::new);
            analyzer = found;
        }
        return found;
    }
}
