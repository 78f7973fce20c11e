package nl.loket.tickets;

import org.jspecify.annotations.Nullable;

/**
 * A ticket was opened, on the web, by e-mail or through the API. The customer gets a confirmation.
 *
 * @param inboundMessageId the Message-ID of the mail that opened it, when it came by e-mail
 */
public record TicketOpened(TicketMailContext mail, String text, Channel channel, @Nullable String inboundMessageId) {}
