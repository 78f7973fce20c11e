package nl.loket.tickets.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.tickets.CallbackRequest;
import nl.loket.tickets.CallbackWindow;
import nl.loket.tickets.Channel;
import nl.loket.tickets.DepartmentView;
import nl.loket.tickets.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the callback form sends: everything as text, so that any input comes back to the form with
 * a message instead of failing to bind. {@code website} is the honeypot, as on the ticket form.
 */
record CallbackForm(
        @Nullable String department,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String phone,
        @Nullable String day,
        @Nullable String slot,
        @Nullable String email,
        @Nullable String name,
        @Nullable String website)
        implements PublicForm<CallbackForm> {

    static final int MAX_PHONE = 40;

    static CallbackForm empty(@Nullable String department) {
        return new CallbackForm(department, "", "", "", "", "", "", "", "");
    }

    @Override
    public CallbackForm signedInAs(EmailAddress address, String accountName) {
        return new CallbackForm(department, subject, message, phone, day, slot, address.value(), accountName, website);
    }

    void validate(Errors errors, List<DepartmentView> departments) {
        var asTicket = new TicketForm(department, subject, messageForCheck(), email, name, website, "", "");
        asTicket.validate(errors, departments);
        if (TicketForm.text(phone).length() > MAX_PHONE || phoneNumber().isEmpty()) {
            errors.rejectValue("phone", "tickets.callback.phone-invalid");
        }
        if (chosenDay().isEmpty()) {
            errors.rejectValue("day", "tickets.callback.day-invalid");
        }
        if (chosenSlot().isEmpty()) {
            errors.rejectValue("slot", "tickets.callback.slot-required");
        }
    }

    /** The message is optional here (subject, number and window say enough), so it is never empty for the check. */
    private String messageForCheck() {
        var text = TicketForm.text(message);
        return text.isEmpty() ? "-" : text;
    }

    @Override
    public boolean filledByRobot() {
        return !TicketForm.text(website).isEmpty();
    }

    @Override
    public EmailAddress address() {
        return EmailAddress.of(TicketForm.text(email));
    }

    Optional<PhoneNumber> phoneNumber() {
        return PhoneNumber.parse(TicketForm.text(phone));
    }

    Optional<LocalDate> chosenDay() {
        try {
            return Optional.of(LocalDate.parse(TicketForm.text(day)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    Optional<CallbackWindow.Slot> chosenSlot() {
        return Arrays.stream(CallbackWindow.Slot.values())
                .filter(value -> value.name().equals(TicketForm.text(slot)))
                .findFirst();
    }

    /** Only for a form without errors. */
    CallbackWindow window() {
        return new CallbackWindow(chosenDay().orElseThrow(), chosenSlot().orElseThrow());
    }

    CallbackRequest toRequest(Language language, @Nullable AccountId customer) {
        return new CallbackRequest(
                TicketForm.text(department),
                TicketForm.text(subject),
                TicketForm.text(message),
                phoneNumber().orElseThrow(),
                window(),
                address(),
                TicketForm.text(name),
                language,
                customer,
                Channel.WEB);
    }
}
