package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.calendar.BusinessCalendars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A callback request from the form's point of view and the desk's: a ticket, a window, attempts. */
@DatabaseTest
@LoketIntegrationTest
class CallbacksIntegrationTests {

    @Autowired
    Callbacks callbacks;

    @Autowired
    TicketDesk tickets;

    @Autowired
    AgentDesk desk;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_callback_request_becomes_a_ticket_in_the_chosen_queue_with_number_and_window_as_its_first_message() {
        var day = TicketFixtures.officeDayFrom(calendars, today().plusDays(1));
        var opened = request("administratie", day, CallbackWindow.Slot.MORNING, "Ik zie een factuur dubbel staan.");

        var ticket = tickets.find(opened.number(), new TicketAccess.Key(opened.accessKey()))
                .orElseThrow();
        assertThat(ticket.subject()).isEqualTo("Terugbelverzoek: Vraag over mijn factuur");
        assertThat(ticket.conversation().getFirst().text())
                .contains("Graag terugbellen op 0612345678")
                .contains("tussen 09:00 en 12:00")
                .contains(Integer.toString(day.getDayOfMonth()))
                .contains("Ik zie een factuur dubbel staan.");
        var agent = staff("Bert Beller");
        assertThat(desk.find(opened.number(), agent).orElseThrow().department().code())
                .isEqualTo("administratie");
        assertThat(callbacks.of(opened.number())).hasValueSatisfying(callback -> {
            assertThat(callback.phone().value()).isEqualTo("+31612345678");
            assertThat(callback.window()).isEqualTo(new CallbackWindow(day, CallbackWindow.Slot.MORNING));
            assertThat(callback.attempts()).isZero();
            assertThat(callback.lastOutcome()).isNull();
        });
    }

    @Test
    void an_ordinary_ticket_has_no_callback_request() {
        var opened = tickets.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("gewoon"), "Gewone vraag", "Geen telefoon nodig."));

        assertThat(callbacks.of(opened.number())).isEmpty();
    }

    @Test
    void windows_in_the_past_too_far_ahead_or_on_days_the_office_is_closed_are_refused() {
        var saturday = today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        var christmas = LocalDate.of(today().getYear(), 12, 25);
        if (!christmas.isAfter(today()) || christmas.isAfter(today().plusDays(Callbacks.MAX_DAYS_AHEAD))) {
            christmas = saturday.plusDays(1);
        }

        assertThat(callbacks.problemWith(window(today().minusDays(1)))).hasValue(CallbackProblem.Kind.PASSED);
        assertThat(callbacks.problemWith(window(today().plusDays(Callbacks.MAX_DAYS_AHEAD + 1))))
                .hasValue(CallbackProblem.Kind.TOO_FAR);
        assertThat(callbacks.problemWith(window(saturday))).hasValue(CallbackProblem.Kind.CLOSED);
        assertThat(callbacks.problemWith(window(christmas))).hasValue(CallbackProblem.Kind.CLOSED);
        assertThat(callbacks.problemWith(window(TicketFixtures.officeDayFrom(calendars, today().plusDays(1)))))
                .isEmpty();
        assertThatThrownBy(() -> request("techniek", saturday, CallbackWindow.Slot.AFTERNOON, ""))
                .isInstanceOfSatisfying(CallbackProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(CallbackProblem.Kind.CLOSED));
    }

    @Test
    void every_attempt_is_in_the_history_and_a_new_appointment_replaces_the_window() {
        var day = TicketFixtures.officeDayFrom(calendars, today().plusDays(1));
        var later = TicketFixtures.officeDayFrom(calendars, day.plusDays(1));
        var opened = request("techniek", day, CallbackWindow.Slot.AFTERNOON, "");
        var agent = staff("Carla Contact");

        callbacks.recordAttempt(opened.number(), agent, CallbackOutcome.NO_ANSWER, null, "");
        callbacks.recordAttempt(
                opened.number(),
                agent,
                CallbackOutcome.RESCHEDULED,
                new CallbackWindow(later, CallbackWindow.Slot.LATE_AFTERNOON),
                "Voicemail ingesproken, morgen opnieuw.");

        assertThat(callbacks.of(opened.number())).hasValueSatisfying(callback -> {
            assertThat(callback.attempts()).isEqualTo(2);
            assertThat(callback.lastOutcome()).isEqualTo(CallbackOutcome.RESCHEDULED);
            assertThat(callback.window()).isEqualTo(new CallbackWindow(later, CallbackWindow.Slot.LATE_AFTERNOON));
            assertThat(callback.lastAttempt()).isNotNull();
        });
        var view = desk.find(opened.number(), agent).orElseThrow();
        assertThat(view.history())
                .filteredOn(entry -> entry.change().equals("CALLBACK_ATTEMPT"))
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::actorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NO_ANSWER", null, "Carla Contact"),
                        org.assertj.core.groups.Tuple.tuple("RESCHEDULED", later + " 15:00-17:00", "Carla Contact"));
        assertThat(view.messages()).anySatisfy(message -> {
            assertThat(message.internal()).isTrue();
            assertThat(message.text()).isEqualTo("Voicemail ingesproken, morgen opnieuw.");
        });
        var customerView = tickets.find(opened.number(), new TicketAccess.Key(opened.accessKey()))
                .orElseThrow();
        assertThat(customerView.conversation())
                .noneSatisfy(message -> assertThat(message.text()).contains("Voicemail"));
    }

    @Test
    void a_new_appointment_needs_a_window_the_office_can_keep() {
        var opened = request(
                "techniek",
                TicketFixtures.officeDayFrom(calendars, today().plusDays(1)),
                CallbackWindow.Slot.MORNING,
                "");
        var agent = staff("Dirk Doorbeller");
        var sunday = today().with(TemporalAdjusters.next(DayOfWeek.SUNDAY));

        assertThatThrownBy(() -> callbacks.recordAttempt(opened.number(), agent, CallbackOutcome.RESCHEDULED, null, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callbacks.recordAttempt(
                        opened.number(),
                        agent,
                        CallbackOutcome.RESCHEDULED,
                        new CallbackWindow(sunday, CallbackWindow.Slot.MORNING),
                        ""))
                .isInstanceOf(CallbackProblem.class);
        assertThat(callbacks.of(opened.number()).orElseThrow().attempts()).isZero();
    }

    @Test
    void a_customer_whose_callback_is_moved_gets_a_mail_with_the_new_day_and_window_and_none_for_no_answer() {
        var day = TicketFixtures.officeDayFrom(calendars, today().plusDays(1));
        var later = TicketFixtures.officeDayFrom(calendars, day.plusDays(1));
        var email = TicketFixtures.uniqueAddress("verplaatst");
        var opened = callbacks.request(new CallbackRequest(
                "techniek",
                "Vraag over mijn factuur",
                "",
                PhoneNumber.parse("06-12345678").orElseThrow(),
                new CallbackWindow(day, CallbackWindow.Slot.MORNING),
                email,
                "Bea Bellen",
                Language.NL,
                null,
                Channel.WEB));
        var agent = staff("Vera Verzet");

        callbacks.recordAttempt(opened.number(), agent, CallbackOutcome.NO_ANSWER, null, "Geen gehoor");
        callbacks.recordAttempt(
                opened.number(),
                agent,
                CallbackOutcome.RESCHEDULED,
                new CallbackWindow(later, CallbackWindow.Slot.LATE_AFTERNOON),
                "");

        var mails = jdbc.queryForList(
                "select text_body from mail_outbox where recipient = ? and kind = 'callback-rescheduled'",
                String.class,
                email.value());
        assertThat(mails).singleElement().satisfies(text -> assertThat(text)
                .contains(opened.number().value())
                .contains(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.NL.locale())
                        .format(later))
                .contains("tussen 15:00 en 17:00")
                .doesNotContain("Vera Verzet", "Geen gehoor"));
    }

    // --- helpers

    private OpenedTicket request(String department, LocalDate day, CallbackWindow.Slot slot, String message) {
        return callbacks.request(new CallbackRequest(
                department,
                "Vraag over mijn factuur",
                message,
                PhoneNumber.parse("06-12345678").orElseThrow(),
                new CallbackWindow(day, slot),
                TicketFixtures.uniqueAddress("bel"),
                "Bea Bellen",
                Language.NL,
                null,
                Channel.WEB));
    }

    private Agent staff(String name) {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, name);
        return TicketFixtures.agent(account.id(), name);
    }

    private static CallbackWindow window(LocalDate day) {
        return new CallbackWindow(day, CallbackWindow.Slot.LATE_AFTERNOON);
    }

    private static LocalDate today() {
        return LocalDate.now(CallbackWindow.ZONE);
    }
}
