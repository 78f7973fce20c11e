/** The remote-support pages of the portal and the administration, and its API. */
@NullMarked
package nl.loket.tickets.remote.web;

import org.jspecify.annotations.NullMarked;
