package nl.loket.tickets;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over tickets for staff: by number, subject, the text of every message (internal
 * notes included) and the customer's name or address, with the knowledge base's Dutch analysis
 * ({@code facturen} finds {@code factuur}). Any text is safe: it is analysed, never parsed as query
 * syntax, and cut to {@value #MAX_WORDS} words. Staff who work with customers see every department
 * at the desk ({@link AgentDesk}), so a search covers every department too.
 */
@Service
public class TicketSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_WORDS = 32;
    static final int MAX_PAGE = 50;
    private static final int COUNT_LIMIT = 10_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}@._+'’-]*");
    private static final Pattern TRAILING = Pattern.compile("[@._+'’-]+$");
    private static final Pattern NUMBER = Pattern.compile("(\\d{4})-?(\\d{4})");
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final float NUMBER_BOOST = 20f;
    private static final float ADDRESS_BOOST = 10f;
    private static final float SUBJECT_BOOST = 3f;
    private static final float REQUESTER_BOOST = 2f;

    private final EntityManager entityManager;
    private final TicketMessageRepository messages;
    private final DepartmentRepository departments;
    private final TicketSnippets snippets;

    TicketSearch(
            EntityManager entityManager,
            TicketMessageRepository messages,
            DepartmentRepository departments,
            TicketSnippets snippets) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.departments = departments;
        this.snippets = snippets;
    }

    /** One page (from 1) of the tickets that match {@code text}; empty for text without words. */
    @Transactional(readOnly = true)
    public TicketSearchPage search(String text, int page, Agent agent) {
        var words = words(text);
        if (words.isEmpty()) {
            return TicketSearchPage.empty(text);
        }
        var query = String.join(" ", words);
        var shown = Math.clamp(page, 1, MAX_PAGE);
        var result = Search.session(entityManager)
                .search(Ticket.class)
                .where(f -> predicate(f, query, words))
                .totalHitCountThreshold(COUNT_LIMIT)
                .fetch((shown - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        var found = result.hits();
        var more = found.size() > PAGE_SIZE && shown < MAX_PAGE;
        var tickets = found.subList(0, Math.min(found.size(), PAGE_SIZE));
        return new TicketSearchPage(
                query,
                hits(tickets, query),
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact(),
                shown,
                more);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, String query, List<String> words) {
        return f.bool().with(any -> {
            any.should(f.match()
                    .field("subject")
                    .boost(SUBJECT_BOOST)
                    .field(TicketMessagesBinder.FIELD)
                    .matching(query));
            any.should(f.match()
                    .field("requester_name")
                    .field("requester_email_words")
                    .matching(query)
                    .boost(REQUESTER_BOOST));
            for (var word : words) {
                var number = NUMBER.matcher(word);
                if (number.matches()) {
                    any.should(f.match()
                            .field("number")
                            .matching(number.group(1) + "-" + number.group(2))
                            .boost(NUMBER_BOOST));
                }
                if (ADDRESS.matcher(word).matches()) {
                    any.should(f.match()
                            .field("requester_email")
                            .matching(word.toLowerCase(Locale.ROOT))
                            .boost(ADDRESS_BOOST));
                }
            }
            any.minimumShouldMatchNumber(1);
        });
    }

    private List<TicketSearchPage.Hit> hits(List<Ticket> tickets, String query) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        var byTicket =
                messages
                        .findByTicketIdInOrderByCreatedAtAscIdAsc(
                                tickets.stream().map(Ticket::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(TicketMessage::ticketId));
        var all = departments.findAll();
        var terms = snippets.terms(query);
        var hits = new ArrayList<TicketSearchPage.Hit>(tickets.size());
        for (var ticket : tickets) {
            var department = all.stream()
                    .filter(candidate -> candidate.id() == ticket.departmentId())
                    .findFirst()
                    .orElseThrow()
                    .toView();
            hits.add(new TicketSearchPage.Hit(
                    ticket.number(),
                    ticket.subject(),
                    department,
                    ticket.status(),
                    ticket.requesterName(),
                    ticket.updatedAt(),
                    snippets.of(byTicket.getOrDefault(ticket.id(), List.of()), terms)));
        }
        return hits;
    }

    /** The words of the text, at most {@value #MAX_WORDS}; operators and punctuation fall away. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        var matcher = WORD.matcher(text.length() > 4_000 ? text.substring(0, 4_000) : text);
        while (matcher.find() && words.size() < MAX_WORDS) {
            var word = TRAILING.matcher(matcher.group()).replaceAll("");
            words.add(word.length() > 100 ? word.substring(0, 100) : word);
        }
        return words;
    }
}
