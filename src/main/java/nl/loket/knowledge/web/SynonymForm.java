package nl.loket.knowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.loket.knowledge.SynonymGroup;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** A synonym group as typed: comma-separated terms in one language. */
record SynonymForm(
        @NotNull(message = "{knowledge.admin.synonyms.language-required}") @Nullable Language language,
        @NotBlank(message = "{knowledge.admin.synonyms.too-few}")
                @Size(max = 2000, message = "{knowledge.admin.synonyms.too-long}")
                @Nullable
                String terms) {

    static SynonymForm empty(Language language) {
        return new SynonymForm(language, "");
    }

    static SynonymForm of(SynonymGroup group) {
        return new SynonymForm(group.language(), group.terms());
    }
}
