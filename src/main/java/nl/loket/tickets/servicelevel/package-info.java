/**
 * Service level plans: per clock (first response, next response, resolution) a target in a
 * business calendar's working time or in calendar time, guaranteed or best effort.
 */
@NullMarked
package nl.loket.tickets.servicelevel;

import org.jspecify.annotations.NullMarked;
