package nl.loket.tickets;

import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;

/**
 * What a mail to a ticket's customer needs, carried by the ticket events: everything in it is fit
 * for the customer's eyes (staff appear only as {@code teamName}).
 *
 * @param path the customer's way back to the ticket inside Loket: the portal page for customers
 *     with an account, a private link with a fresh access key for guests
 * @param replyTo the reply address with the ticket's reply token, {@code local+t<token>@domain}
 */
public record TicketMailContext(
        TicketNumber number,
        String subject,
        EmailAddress recipient,
        String recipientName,
        Language language,
        String departmentCode,
        Sender sender,
        String replyTo,
        String path,
        boolean guest,
        String teamName) {

    /**
     * The customer's way to one file of the ticket: beside {@link #path}, with the same access key
     * for a guest ({@code /tickets/N/attachments/ID?key=…}, {@code /portal/tickets/N/attachments/ID}).
     */
    public String attachmentPath(AttachedFile file) {
        var query = path.indexOf('?');
        var page = query < 0 ? path : path.substring(0, query);
        return page + "/attachments/" + file.id() + (query < 0 ? "" : path.substring(query));
    }

    /** The From of a ticket mail: the department's address under the team's name. */
    public record Sender(EmailAddress address, String name) {}
}
