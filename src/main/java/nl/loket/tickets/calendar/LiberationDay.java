package nl.loket.tickets.calendar;

/**
 * Whether Bevrijdingsdag (5 May) is a day off. Many collective agreements give it only in lustrum
 * years, the years divisible by five (2025, 2030), as the government does for its own staff.
 */
public enum LiberationDay {
    EVERY_YEAR,
    LUSTRUM_YEARS,
    NEVER;

    boolean closes(int year) {
        return switch (this) {
            case EVERY_YEAR -> true;
            case LUSTRUM_YEARS -> year % 5 == 0;
            case NEVER -> false;
        };
    }
}
