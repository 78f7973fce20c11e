/**
 * Inbound mail: reads a support mailbox over IMAP, turns each mail into an {@code InboundMessage}
 * (quoted history and signature removed, attachments kept), keeps auto-replies, bounces and mail
 * loops out, and hands the rest to the ticket module's {@code TicketMailbox}. Internal to the
 * notifications module.
 */
@NullMarked
package nl.loket.notifications.inbound;

import org.jspecify.annotations.NullMarked;
