/** The administrators' view of the outbox at {@code /admin/outbox}. */
@NullMarked
package nl.loket.notifications.web;

import org.jspecify.annotations.NullMarked;
