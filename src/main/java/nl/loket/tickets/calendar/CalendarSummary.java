package nl.loket.tickets.calendar;

/** A calendar in the administrators' list: its hours per week and holiday rules at a glance. */
public record CalendarSummary(long id, String name, WeekSchedule week, HolidayRules rules, int addedDays) {}
