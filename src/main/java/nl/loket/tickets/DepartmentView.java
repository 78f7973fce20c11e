package nl.loket.tickets;

import nl.loket.shared.Language;

/** A department as pages show it, with its name in both languages. */
public record DepartmentView(long id, String code, String nameNl, String nameEn, boolean active, int sortOrder) {

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameNl;
    }
}
