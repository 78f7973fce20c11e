/**
 * Ticket pages: the form anyone can use (with FAQ suggestions while typing), the guest's private
 * page, the customer portal's tickets, the agents' desk and the deflection report.
 */
@NullMarked
package nl.loket.tickets.web;

import org.jspecify.annotations.NullMarked;
