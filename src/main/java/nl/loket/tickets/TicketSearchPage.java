package nl.loket.tickets;

import java.time.Instant;
import java.util.List;

/**
 * One page of a staff search over tickets, most relevant first.
 *
 * @param total how many tickets match, at least (exact unless {@code totalExact} is false)
 * @param page the page shown, from 1
 * @param hasNext whether another page follows
 */
public record TicketSearchPage(
        String query, List<Hit> hits, long total, boolean totalExact, int page, boolean hasNext) {

    public TicketSearchPage {
        hits = List.copyOf(hits);
    }

    static TicketSearchPage empty(String query) {
        return new TicketSearchPage(query, List.of(), 0, true, 1, false);
    }

    /** A found ticket with a piece of its conversation where the words were found. */
    public record Hit(
            TicketNumber number,
            String subject,
            DepartmentView department,
            TicketStatus status,
            String requesterName,
            Instant updatedAt,
            List<Snippet> snippet) {

        public Hit {
            snippet = List.copyOf(snippet);
        }

        /** The snippet as plain text, for the API. */
        public String snippetText() {
            var text = new StringBuilder();
            snippet.forEach(part -> text.append(part.text()));
            return text.toString();
        }
    }

    /** A piece of a snippet; {@code marked} pieces are the words that matched. */
    public record Snippet(String text, boolean marked) {}
}
