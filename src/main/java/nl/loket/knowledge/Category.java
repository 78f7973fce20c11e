package nl.loket.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** A group of articles on the public FAQ, shown in its position order. */
@Entity
@Table(name = "kb_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    @Convert(converter = LanguageConverter.class)
    private Language language;

    private String name;

    private @Nullable String description;

    @Column(name = "position")
    private int position;

    private Instant createdAt;

    protected Category() {
        this.slug = "";
        this.language = Language.NL;
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    Category(String name, String slug, Language language, int position, Instant createdAt) {
        this.name = name;
        this.slug = slug;
        this.language = language;
        this.position = position;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Category has not been saved yet");
        }
        return id;
    }

    public String slug() {
        return slug;
    }

    public Language language() {
        return language;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

    public int position() {
        return position;
    }

    void rename(String name, @Nullable String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
    }

    void moveTo(String slug) {
        this.slug = slug;
    }
}
