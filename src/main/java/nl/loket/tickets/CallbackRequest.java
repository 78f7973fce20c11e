package nl.loket.tickets;

import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A request to be called back, as the form or the API sends it; it becomes a ticket.
 *
 * @param message what the call is about, beyond the subject; may be empty
 * @param customer the signed-in account; {@code null} for a guest
 */
public record CallbackRequest(
        String departmentCode,
        String subject,
        String message,
        PhoneNumber phone,
        CallbackWindow window,
        EmailAddress email,
        String name,
        Language language,
        @Nullable AccountId customer,
        Channel channel) {}
