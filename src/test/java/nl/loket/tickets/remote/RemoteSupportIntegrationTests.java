package nl.loket.tickets.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.RemoteSupportBooked;
import nl.loket.tickets.RemoteSupportCancelled;
import nl.loket.tickets.RemoteSupportReminderDue;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketOpened;
import nl.loket.tickets.remote.RemoteSupportProblem.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Booking remote support against the real database: the last place goes to exactly one customer,
 * a booking is a ticket with its appointment, cancelling frees the place, reminders go out once.
 */
@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class RemoteSupportIntegrationTests {

    @Autowired
    RemoteSupport remoteSupport;

    @Autowired
    RemoteSupportSlots slots;

    @Autowired
    RemoteSupportReminders reminders;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void back_to_the_real_time() {
        clock.reset();
    }

    @Test
    void a_booking_takes_a_place_and_opens_a_ticket_in_technical_support_with_the_appointment_and_a_confirmation() {
        var slot = slot(Duration.ofDays(3), 2);
        var customer = customer();

        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Mijn mail komt niet aan"));

        assertThat(remoteSupport.bookableSlot(slot.id()).orElseThrow().placesLeft())
                .isEqualTo(1);
        var ticket = desk.find(booking.ticket(), new TicketAccess.Account(customer.id()))
                .orElseThrow();
        assertThat(ticket.department().code()).isEqualTo("techniek");
        assertThat(ticket.subject())
                .isEqualTo("Hulp op afstand op " + booking.appointment().period());
        assertThat(ticket.conversation().getFirst().text()).isEqualTo("Mijn mail komt niet aan");
        assertThat(remoteSupport.bookingsOfTicket(booking.ticket()))
                .extracting(BookingView::id)
                .containsExactly(booking.id());
        assertThat(history(booking, "APPOINTMENT_BOOKED")).isEqualTo(1);
        assertThat(events.stream(RemoteSupportBooked.class)
                        .filter(event -> event.mail().number().equals(booking.ticket())))
                .singleElement()
                .satisfies(event -> assertThat(event.appointment().priceCents()).isEqualTo(4500));
        // The booking's own mail replaces "we received your question".
        assertThat(events.stream(TicketOpened.class)
                        .filter(event -> event.mail().number().equals(booking.ticket())))
                .isEmpty();
    }

    @Test
    void eight_customers_trying_the_last_place_at_once_get_it_exactly_once() throws Exception {
        var slot = slot(Duration.ofDays(4), 1);
        var customers = new ArrayList<AccountSummary>();
        for (int i = 0; i < 8; i++) {
            customers.add(customer());
        }
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<java.util.concurrent.Future<String>>();
        try (var pool = Executors.newFixedThreadPool(customers.size())) {
            for (var customer : customers) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Tegelijk"));
                        return "BOOKED";
                    } catch (RemoteSupportProblem problem) {
                        return problem.kind().name();
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
        }
        var results = new ArrayList<String>();
        for (var outcome : outcomes) {
            try {
                results.add(outcome.get());
            } catch (ExecutionException e) {
                results.add("ERROR " + e.getCause());
            }
        }

        assertThat(results).containsOnlyOnce("BOOKED");
        assertThat(results).filteredOn(result -> !result.equals("BOOKED")).containsOnly(Kind.SLOT_FULL.name());
        assertThat(jdbc.queryForObject("select booked from remote_support_slot where id = ?", Integer.class, slot.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from remote_support_booking where slot_id = ?", Integer.class, slot.id()))
                .isEqualTo(1);
    }

    @Test
    void a_customer_has_one_place_per_slot_and_can_book_again_after_cancelling() {
        var slot = slot(Duration.ofDays(5), 3);
        var customer = customer();
        var first = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Eerste keer"));

        assertThatThrownBy(() -> remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Nog eens")))
                .isInstanceOfSatisfying(RemoteSupportProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(Kind.ALREADY_BOOKED));
        remoteSupport.cancel(customer.id(), first.id());
        var again = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Toch wel"));

        assertThat(again.cancelled()).isFalse();
        assertThat(remoteSupport.bookableSlot(slot.id()).orElseThrow().placesLeft())
                .isEqualTo(2);
    }

    @Test
    void cancelling_frees_the_place_notes_it_on_the_ticket_and_mails_the_customer() {
        var slot = slot(Duration.ofDays(3), 1);
        var customer = customer();
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Printer"));
        assertThat(remoteSupport.freeSlots()).extracting(SlotView::id).doesNotContain(slot.id());

        var cancelled = remoteSupport.cancel(customer.id(), booking.id());

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(remoteSupport.freeSlots()).extracting(SlotView::id).contains(slot.id());
        assertThat(history(booking, "APPOINTMENT_CANCELLED")).isEqualTo(1);
        assertThat(events.stream(RemoteSupportCancelled.class)
                        .filter(event -> event.mail().number().equals(booking.ticket())))
                .singleElement()
                .satisfies(event -> assertThat(event.byStaff()).isFalse());
        assertThatThrownBy(() -> remoteSupport.cancel(customer.id(), booking.id()))
                .isInstanceOfSatisfying(RemoteSupportProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(Kind.ALREADY_CANCELLED));
    }

    @Test
    void a_booking_cannot_be_cancelled_within_a_day_of_its_start_nor_by_another_customer() {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofHours(2), Duration.ofHours(20), 2, 4500);
        var customer = customer();
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Vandaag nog"));

        assertThat(booking.cancellable()).isFalse();
        assertThatThrownBy(() -> remoteSupport.cancel(customer.id(), booking.id()))
                .isInstanceOfSatisfying(RemoteSupportProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(Kind.TOO_LATE_TO_CANCEL));
        assertThatThrownBy(() -> remoteSupport.cancel(customer().id(), booking.id()))
                .isInstanceOfSatisfying(RemoteSupportProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(Kind.BOOKING_NOT_FOUND));
        assertThat(remoteSupport.bookableSlot(slot.id()).orElseThrow().placesLeft())
                .isEqualTo(1);
    }

    @Test
    void an_administrator_cancelling_a_slot_cancels_every_booking_and_mails_each_customer() {
        var slot = slot(Duration.ofDays(6), 3);
        var a = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer(), "A"));
        var b = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer(), "B"));
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheerder");

        assertThat(slots.cancel(slot.id(), admin.id(), "Beheerder")).isTrue();

        assertThat(remoteSupport.bookableSlot(slot.id())).isEmpty();
        assertThat(remoteSupport.bookingsOfTicket(a.ticket()).getFirst().cancelled())
                .isTrue();
        assertThat(remoteSupport.bookingsOfTicket(b.ticket()).getFirst().cancelled())
                .isTrue();
        assertThat(events.stream(RemoteSupportCancelled.class)
                        .filter(RemoteSupportCancelled::byStaff)
                        .map(event -> event.mail().number()))
                .contains(a.ticket(), b.ticket());
        assertThat(slots.cancel(slot.id(), admin.id(), "Beheerder")).isFalse();
        assertThatThrownBy(() -> remoteSupport.book(RemoteSupportFixtures.booking(slot, customer(), "Te laat")))
                .isInstanceOfSatisfying(RemoteSupportProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(Kind.SLOT_GONE));
    }

    @Test
    void the_reminder_goes_out_once_a_day_ahead_even_when_two_nodes_look_at_the_same_moment() throws Exception {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofHours(30), Duration.ofHours(40), 1, 4500);
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer(), "Herinner me"));
        reminders.sendDue();
        assertThat(reminded(booking)).isFalse();

        clock.advance(Duration.between(clock.instant(), slot.startsAt().minus(Duration.ofHours(23))));
        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = reminders::sendDue;
            var first = nodes.submit(run);
            var second = nodes.submit(run);
            first.get();
            second.get();
        }

        assertThat(reminded(booking)).isTrue();
        assertThat(events.stream(RemoteSupportReminderDue.class)
                        .filter(event -> event.mail().number().equals(booking.ticket())))
                .hasSize(1);
    }

    @Test
    void overlapping_slots_are_refused_and_a_weekly_series_is_published_whole() {
        var slot = slot(Duration.ofDays(20), 1);
        var start = slot.startsAt().plus(Duration.ofMinutes(10)).atZone(nl.loket.tickets.Appointment.ZONE);

        assertThatThrownBy(() -> slots.publish(
                        new SlotPlan(start.toLocalDate().minusWeeks(1), start.toLocalTime(), 30, 1, 0, 3)))
                .isInstanceOf(RemoteSupportSlots.SlotsOverlap.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from remote_support_slot where starts_at = ?",
                        Integer.class,
                        java.sql.Timestamp.from(start.minusWeeks(1).toInstant())))
                .isZero();
    }

    private SlotView slot(Duration around, int capacity) {
        return RemoteSupportFixtures.slot(slots, clock, around, around.plusDays(1), capacity, 4500);
    }

    private AccountSummary customer() {
        var account = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Op Afstand");
        return accounts.find(EmailAddress.of(account.email())).orElseThrow();
    }

    private int history(BookingView booking, String kind) {
        var count = jdbc.queryForObject(
                "select count(*) from ticket_history h join ticket t on t.id = h.ticket_id where t.number = ?"
                        + " and h.change_kind = ?",
                Integer.class,
                booking.ticket().value(),
                kind);
        return count == null ? 0 : count;
    }

    private boolean reminded(BookingView booking) {
        return jdbc.queryForObject(
                        "select reminded_at from remote_support_booking where id = ?",
                        java.sql.Timestamp.class,
                        booking.id())
                != null;
    }
}
