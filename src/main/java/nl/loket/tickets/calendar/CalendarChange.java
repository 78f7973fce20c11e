package nl.loket.tickets.calendar;

/** New settings for a calendar, made from the version of it the administrator saw. */
public record CalendarChange(String name, WeekSchedule week, HolidayRules rules, long version) {}
