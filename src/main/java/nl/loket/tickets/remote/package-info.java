/**
 * Remote support: administrators publish slots with places and a price, signed-in customers book a
 * place (taken by a conditional update, so never twice), which opens a ticket; confirmation,
 * reminder and cancellation mails leave as events.
 */
@NullMarked
package nl.loket.tickets.remote;

import org.jspecify.annotations.NullMarked;
