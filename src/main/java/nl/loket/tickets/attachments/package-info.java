/**
 * Files attached to ticket messages: the policy that decides which uploads are accepted (size,
 * count, type by extension and by content), the content-addressed store under the data directory,
 * and the one way to send an attachment back to a browser. Who may see an attachment is decided by
 * the ticket code that calls this package.
 */
@NullMarked
package nl.loket.tickets.attachments;

import org.jspecify.annotations.NullMarked;
