package nl.loket.tickets.web;

import java.util.List;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.tickets.Channel;
import nl.loket.tickets.DepartmentView;
import nl.loket.tickets.OpenTicketCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the ticket form sends. {@code website} is the honeypot: hidden from people, filled in by
 * bots. {@code shown} and {@code opened} are the form's memory of the deflection funnel (set by the
 * suggestion fragments), so that each form is counted once per step without storing anything.
 */
record TicketForm(
        @Nullable String department,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String email,
        @Nullable String name,
        @Nullable String website,
        @Nullable String shown,
        @Nullable String opened)
        implements PublicForm<TicketForm> {

    static final int MAX_SUBJECT = 200;
    static final int MAX_MESSAGE = 20_000;
    static final int MAX_NAME = 200;

    static TicketForm empty(@Nullable String department) {
        return new TicketForm(department, "", "", "", "", "", "", "");
    }

    /** The same form with the signed-in account's address and name, which cannot be changed here. */
    @Override
    public TicketForm signedInAs(EmailAddress address, String accountName) {
        return new TicketForm(department, subject, message, address.value(), accountName, website, shown, opened);
    }

    void validate(Errors errors, List<DepartmentView> departments) {
        if (departments.stream().noneMatch(known -> known.code().equals(text(department)))) {
            errors.rejectValue("department", "tickets.new.department-required");
        }
        var subject = text(this.subject);
        if (subject.isEmpty()) {
            errors.rejectValue("subject", "tickets.new.subject-required");
        } else if (subject.length() > MAX_SUBJECT) {
            errors.rejectValue("subject", "tickets.new.too-long");
        }
        var message = text(this.message);
        if (message.isEmpty()) {
            errors.rejectValue("message", "tickets.new.message-required");
        } else if (message.length() > MAX_MESSAGE) {
            errors.rejectValue("message", "tickets.new.too-long");
        }
        if (!EmailAddress.isValid(text(email))) {
            errors.rejectValue("email", "tickets.new.email-invalid");
        }
        var name = text(this.name);
        if (name.isEmpty()) {
            errors.rejectValue("name", "tickets.new.name-required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "tickets.new.too-long");
        }
    }

    @Override
    public boolean filledByRobot() {
        return !text(website).isEmpty();
    }

    boolean sawSuggestions() {
        return !text(shown).isEmpty();
    }

    boolean openedSuggestion() {
        return !text(opened).isEmpty();
    }

    @Override
    public EmailAddress address() {
        return EmailAddress.of(text(email));
    }

    /** Subject and message together, for the FAQ suggestions. */
    String question() {
        return (text(subject) + "\n" + text(message)).strip();
    }

    OpenTicketCommand toCommand(Language language, @Nullable AccountId customer) {
        return new OpenTicketCommand(
                text(department), text(subject), text(message), address(), text(name), language, customer, Channel.WEB);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
