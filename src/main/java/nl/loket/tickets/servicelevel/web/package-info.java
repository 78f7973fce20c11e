/** The administrators' pages for service level plans. */
@NullMarked
package nl.loket.tickets.servicelevel.web;

import org.jspecify.annotations.NullMarked;
