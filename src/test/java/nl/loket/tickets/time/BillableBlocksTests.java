package nl.loket.tickets.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.loket.accounts.AccountId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The charging rule of ADR 0017: per ticket per day, billable minutes rounded up to 15-minute blocks. */
class BillableBlocksTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final AtomicLong IDS = new AtomicLong();

    @Test
    void a_started_block_counts_whole() {
        assertThat(BillableBlocks.of(5)).isEqualTo(1);
        assertThat(BillableBlocks.of(15)).isEqualTo(1);
        assertThat(BillableBlocks.of(16)).isEqualTo(2);
        assertThat(BillableBlocks.of(45)).isEqualTo(3);
        assertThat(BillableBlocks.of(1440)).isEqualTo(96);
    }

    @Test
    void two_short_entries_on_one_ticket_on_one_day_are_one_block_by_whoever_logged_them() {
        var days = BillableBlocks.days(List.of(entry(1, 1, MONDAY, 5, true, 2250), entry(1, 2, MONDAY, 5, true, 2250)));

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.billableMinutes()).isEqualTo(10);
            assertThat(day.blocks()).isEqualTo(1);
            assertThat(day.amountCents()).isEqualTo(2250);
        });
    }

    @Test
    void the_same_minutes_on_two_days_or_two_tickets_are_two_blocks() {
        var twoDays = BillableBlocks.days(
                List.of(entry(1, 1, MONDAY, 5, true, 2250), entry(1, 1, MONDAY.plusDays(1), 5, true, 2250)));
        var twoTickets =
                BillableBlocks.days(List.of(entry(1, 1, MONDAY, 5, true, 2250), entry(2, 1, MONDAY, 5, true, 2250)));

        assertThat(twoDays).extracting(TicketDay::blocks).containsExactly(1, 1);
        assertThat(twoTickets).extracting(TicketDay::blocks).containsExactly(1, 1);
    }

    @Test
    void included_time_is_never_charged() {
        var days =
                BillableBlocks.days(List.of(entry(1, 1, MONDAY, 50, false, 2250), entry(1, 1, MONDAY, 10, true, 2250)));

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.billableMinutes()).isEqualTo(10);
            assertThat(day.blocks()).isEqualTo(1);
        });
    }

    @Test
    void a_ticket_day_is_charged_at_the_rate_of_its_first_billable_entry() {
        var days =
                BillableBlocks.days(List.of(entry(1, 1, MONDAY, 10, true, 2000), entry(1, 1, MONDAY, 10, true, 3000)));

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.blocks()).isEqualTo(2);
            assertThat(day.rateCents()).isEqualTo(2000);
            assertThat(day.amountCents()).isEqualTo(4000);
        });
    }

    @Test
    void every_ticket_day_has_just_enough_blocks_for_its_billable_minutes() {
        qt().withExamples(300).forAll(entries()).checkAssert(entries -> {
            var days = BillableBlocks.days(entries);
            for (var day : days) {
                var minutes = entries.stream()
                        .filter(entry -> entry.billable()
                                && entry.ticketId() == day.ticketId()
                                && entry.day().equals(day.day()))
                        .mapToInt(TimeEntry::minutes)
                        .sum();
                assertThat(day.billableMinutes()).isEqualTo(minutes);
                assertThat(day.blocks() * 15).isGreaterThanOrEqualTo(minutes);
                assertThat((day.blocks() - 1) * 15).isLessThan(minutes);
                assertThat(day.amountCents()).isEqualTo(day.blocks() * day.rateCents());
            }
            var billableTicketDays = entries.stream()
                    .filter(TimeEntry::billable)
                    .map(entry -> entry.ticketId() + "/" + entry.day())
                    .distinct()
                    .count();
            assertThat(days).hasSize((int) billableTicketDays);
        });
    }

    @Test
    void splitting_a_ticket_day_into_more_entries_never_costs_more() {
        qt().withExamples(300).forAll(range(1, 1440), range(1, 1440)).checkAssert((a, b) -> assertThat(
                        BillableBlocks.of(a + b))
                .isLessThanOrEqualTo(BillableBlocks.of(a) + BillableBlocks.of(b)));
    }

    private static Gen<List<TimeEntry>> entries() {
        Gen<TimeEntry> one = range(1, 3)
                .zip(
                        range(0, 2),
                        range(1, 1440),
                        range(0, 1),
                        (ticket, day, minutes, billable) ->
                                entry(ticket, 1, MONDAY.plusDays(day), minutes, billable == 1, 2250));
        return lists().of(one).ofSizeBetween(0, 12);
    }

    static TimeEntry entry(long ticket, long agent, LocalDate day, int minutes, boolean billable, long rateCents) {
        return new TimeEntry(
                IDS.incrementAndGet(),
                ticket,
                new AccountId(agent),
                "Agent " + agent,
                day,
                minutes,
                billable,
                "werk",
                rateCents,
                Instant.EPOCH);
    }
}
