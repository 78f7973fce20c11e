package nl.loket.knowledge;

import java.util.List;
import java.util.Optional;
import nl.loket.shared.Language;
import org.springframework.stereotype.Service;

/**
 * Editing the synonym groups that search expands queries with. Every change reaches search at
 * once: the cached groups are dropped after the change has been committed.
 */
@Service
public class SynonymEditor {

    private final SynonymGroupRepository groups;
    private final Synonyms synonyms;

    SynonymEditor(SynonymGroupRepository groups, Synonyms synonyms) {
        this.groups = groups;
        this.synonyms = synonyms;
    }

    public List<SynonymGroup> groups(Language language) {
        return groups.findByLanguageOrderByIdAsc(language);
    }

    public Optional<SynonymGroup> group(long id) {
        return groups.findById(id);
    }

    /**
     * @throws IllegalArgumentException when the terms (comma-separated) hold fewer than two distinct terms
     */
    public SynonymGroup add(Language language, String terms) {
        var group = groups.save(new SynonymGroup(language, terms));
        synonyms.refresh();
        return group;
    }

    /**
     * @throws IllegalArgumentException when the terms (comma-separated) hold fewer than two distinct terms
     */
    public void change(long id, String terms) {
        var group = groups.findById(id).orElseThrow(() -> new ArticleEditor.NotFound("synonym group " + id));
        group.change(terms);
        groups.save(group);
        synonyms.refresh();
    }

    public void delete(long id) {
        groups.deleteById(id);
        synonyms.refresh();
    }
}
