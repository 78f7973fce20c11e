/**
 * Business calendars: working hours per weekday, Dutch public holidays and added days, and the
 * business-time arithmetic service levels are measured with ({@link nl.loket.tickets.calendar.BusinessTime}).
 */
@NullMarked
package nl.loket.tickets.calendar;

import org.jspecify.annotations.NullMarked;
