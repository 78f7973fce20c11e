package nl.loket.tickets;

import java.util.UUID;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Tickets for tests. Tests share one database, so every ticket has a requester address of its own
 * and nothing is ever deleted.
 */
public final class TicketFixtures {

    private TicketFixtures() {}

    public static EmailAddress uniqueAddress(String who) {
        return EmailAddress.of(who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@klant.loket.test");
    }

    public static OpenTicketCommand guestQuestion(EmailAddress email, String subject, String text) {
        return question(email, subject, text, null, Language.NL, "techniek");
    }

    public static OpenTicketCommand question(
            EmailAddress email,
            String subject,
            String text,
            @Nullable AccountId customer,
            Language language,
            String department) {
        return new OpenTicketCommand(
                department, subject, text, email, "Klant " + subject, language, customer, Channel.WEB);
    }

    /** An agent as the desk would make one (for tests that call the services directly). */
    public static Agent agent(AccountId id, String name) {
        return new Agent(id, name);
    }

    /** The first day from {@code from} on that the shipped office-hours calendar ("Kantooruren") works. */
    public static java.time.LocalDate officeDayFrom(
            nl.loket.tickets.calendar.BusinessCalendars calendars, java.time.LocalDate from) {
        var office = calendars.named("Kantooruren").orElseThrow();
        var day = from;
        while (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY
                || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY
                || isHoliday(calendars, office.id(), day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isHoliday(
            nl.loket.tickets.calendar.BusinessCalendars calendars, long calendar, java.time.LocalDate day) {
        return calendars.holidays(calendar, day.getYear()).orElseThrow().stream()
                .anyMatch(holiday -> holiday.date().equals(day));
    }
}
