package nl.loket.tickets.calendar;

/**
 * Which public holidays close a calendar.
 *
 * @param dutchHolidays whether the Dutch public holidays apply at all (a 24x7 calendar has none)
 * @param goodFriday whether Goede Vrijdag is a day off (it is not a general day off in the Netherlands)
 * @param liberationDay when Bevrijdingsdag is a day off
 */
public record HolidayRules(boolean dutchHolidays, boolean goodFriday, LiberationDay liberationDay) {

    /** No public holidays. */
    public static final HolidayRules NONE = new HolidayRules(false, false, LiberationDay.NEVER);

    /** The Dutch public holidays, without Goede Vrijdag, with Bevrijdingsdag in lustrum years. */
    public static final HolidayRules DUTCH = new HolidayRules(true, false, LiberationDay.LUSTRUM_YEARS);
}
