/**
 * Time agents spend on tickets, included in the service or billable, and what the billable part
 * costs: whole blocks of 15 minutes per ticket per Dutch calendar day (docs/adr/0017).
 */
@NullMarked
package nl.loket.tickets.time;

import org.jspecify.annotations.NullMarked;
