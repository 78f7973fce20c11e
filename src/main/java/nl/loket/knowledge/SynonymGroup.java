package nl.loket.knowledge;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** Words and phrases that mean the same to a searcher: {@code opzeggen, beëindigen, annuleren}. */
@Entity
@Table(name = "kb_synonym_group")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Convert(converter = LanguageConverter.class)
    private Language language;

    private String terms;

    protected SynonymGroup() {
        this.language = Language.NL;
        this.terms = "";
    }

    SynonymGroup(Language language, String terms) {
        this.language = language;
        this.terms = normalise(terms);
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public Language language() {
        return language;
    }

    public String terms() {
        return terms;
    }

    public List<String> termList() {
        return Arrays.stream(terms.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    void change(String terms) {
        this.terms = normalise(terms);
    }

    static String normalise(String terms) {
        var list = Arrays.stream(terms.split("[,\\n]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        if (list.size() < 2) {
            throw new IllegalArgumentException("A synonym group needs at least two terms");
        }
        return String.join(", ", list);
    }
}
