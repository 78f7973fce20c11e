package nl.loket.tickets;

import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A new question, as the form or the API sends it.
 *
 * @param customer the signed-in account it belongs to; {@code null} for a guest
 * @param language the language the customer wrote in, and gets mails in
 */
public record OpenTicketCommand(
        String departmentCode,
        String subject,
        String text,
        EmailAddress email,
        String name,
        Language language,
        @Nullable AccountId customer,
        Channel channel) {}
