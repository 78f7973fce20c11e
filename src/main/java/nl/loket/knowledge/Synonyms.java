package nl.loket.knowledge;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.loket.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expands a query with the synonyms editors keep in {@code kb_synonym_group}. Applied per query
 * rather than in the index analyser, so an edit takes effect at once without reindexing.
 */
@Component
class Synonyms {

    private final SynonymGroupRepository groups;
    private volatile Map<Language, List<List<String>>> cache = Map.of();

    Synonyms(SynonymGroupRepository groups) {
        this.groups = groups;
    }

    /** The other members of every group one of whose terms occurs in the query, space-separated. */
    String expansionsFor(String query, Language language) {
        var text = " " + normalise(query) + " ";
        var extra = new LinkedHashSet<String>();
        for (var group : groups(language)) {
            var hit = group.stream().anyMatch(term -> text.contains(" " + term + " "));
            if (hit) {
                group.stream().filter(term -> !text.contains(" " + term + " ")).forEach(extra::add);
            }
        }
        return String.join(" ", extra);
    }

    /** Forget the cached list after an edit. */
    void refresh() {
        cache = Map.of();
    }

    private List<List<String>> groups(Language language) {
        var current = cache;
        var list = current.get(language);
        if (list == null) {
            list = load(language);
            var next = new EnumMap<Language, List<List<String>>>(Language.class);
            next.putAll(current);
            next.put(language, list);
            cache = next;
        }
        return list;
    }

    @Transactional(readOnly = true)
    List<List<String>> load(Language language) {
        return groups.findByLanguageOrderByIdAsc(language).stream()
                .map(group -> group.termList().stream().map(Synonyms::normalise).toList())
                .toList();
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static String normalise(String text) {
        return NON_WORD.matcher(DutchLexicon.fold(text)).replaceAll(" ").strip();
    }
}
