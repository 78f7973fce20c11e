package nl.loket.knowledge.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.loket.knowledge.Category;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/** What the category form sends; the language is fixed once the category exists. */
record CategoryForm(
        @NotBlank(message = "{knowledge.admin.category.name-required}")
                @Size(max = 200, message = "{knowledge.admin.category.name-too-long}")
                @Nullable
                String name,
        @NotNull(message = "{knowledge.admin.category.language-required}") @Nullable Language language,
        @NotNull(message = "{knowledge.admin.category.position-required}")
                @Min(value = 0, message = "{knowledge.admin.category.position-range}")
                @Max(value = 10_000, message = "{knowledge.admin.category.position-range}")
                @Nullable
                Integer position,
        @Size(max = 2000, message = "{knowledge.admin.category.description-too-long}") @Nullable String description) {

    static CategoryForm empty() {
        return new CategoryForm("", Language.NL, 0, "");
    }

    static CategoryForm of(Category category) {
        return new CategoryForm(
                category.name(),
                category.language(),
                category.position(),
                category.description() == null ? "" : category.description());
    }
}
