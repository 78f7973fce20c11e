package nl.loket.tickets.calendar;

/** The Dutch public holidays; their names are texts ({@code tickets.calendar.holiday.<NAME>}). */
public enum HolidayKind {
    NEW_YEARS_DAY("Nieuwjaarsdag"),
    GOOD_FRIDAY("Goede Vrijdag"),
    EASTER_SUNDAY("Eerste Paasdag"),
    EASTER_MONDAY("Tweede Paasdag"),
    KINGS_DAY("Koningsdag"),
    LIBERATION_DAY("Bevrijdingsdag"),
    ASCENSION_DAY("Hemelvaartsdag"),
    WHIT_SUNDAY("Eerste Pinksterdag"),
    WHIT_MONDAY("Tweede Pinksterdag"),
    CHRISTMAS_DAY("Eerste Kerstdag"),
    SECOND_CHRISTMAS_DAY("Tweede Kerstdag");

    private final String dutchName;

    HolidayKind(String dutchName) {
        this.dutchName = dutchName;
    }

    /** The holiday's Dutch name, for logs and places without a language. */
    public String dutchName() {
        return dutchName;
    }

    public String messageKey() {
        return "tickets.calendar.holiday." + name();
    }
}
