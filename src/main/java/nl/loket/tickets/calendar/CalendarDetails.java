package nl.loket.tickets.calendar;

import java.time.ZoneId;

/** A calendar's settings as they are now; {@code version} guards against overwriting someone else's change. */
public record CalendarDetails(long id, String name, ZoneId zone, WeekSchedule week, HolidayRules rules, long version) {}
