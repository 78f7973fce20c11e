/** The administrators' pages for business calendars: working hours, holidays, iCalendar import. */
@NullMarked
package nl.loket.tickets.calendar.web;

import org.jspecify.annotations.NullMarked;
