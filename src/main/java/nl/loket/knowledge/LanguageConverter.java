package nl.loket.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.loket.shared.Language;

/** Stores a language as its code ({@code nl}, {@code en}), as the schema's check constraints expect. */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return Language.fromCode(code);
    }
}
