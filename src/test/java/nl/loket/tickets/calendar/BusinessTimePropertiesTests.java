package nl.loket.tickets.calendar;

import static nl.loket.tickets.calendar.BusinessTimeGenerators.amounts;
import static nl.loket.tickets.calendar.BusinessTimeGenerators.calendars;
import static nl.loket.tickets.calendar.BusinessTimeGenerators.instants;
import static nl.loket.tickets.calendar.BusinessTimeGenerators.pausesAround;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of business time that must hold for every calendar, start and amount; QuickTheories
 * tries a few hundred random cases each (it prints the seed and the smallest failing case it found).
 */
class BusinessTimePropertiesTests {

    private static final int EXAMPLES = 400;

    /** A calendar, a start, an amount and pauses around the start. */
    record Case(BusinessTime calendar, Instant start, Duration amount, Pauses pauses) {

        @Override
        public String toString() {
            return "start " + Calendars.local(start) + " (" + start + "), amount " + amount + ", pauses " + pauses
                    + ", week " + calendar.week();
        }
    }

    static Gen<Case> cases() {
        return calendars()
                .zip(instants(), amounts(), (calendar, start, amount) -> new Case(calendar, start, amount, Pauses.NONE))
                .flatMap(c -> pausesAround(c.start()).map(p -> new Case(c.calendar(), c.start(), c.amount(), p)));
    }

    @Test
    void adding_business_time_and_measuring_it_back_agree() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            var due = c.calendar().plus(c.start(), c.amount());
            assertThat(c.calendar().between(c.start(), due)).isEqualTo(c.amount());
        });
    }

    @Test
    void measuring_and_adding_back_lands_at_the_earliest_moment_with_as_much_business_time() {
        qt().withExamples(EXAMPLES).forAll(calendars(), instants(), instants()).checkAssert((calendar, a, b) -> {
            var from = a.isBefore(b) ? a : b;
            var to = a.isBefore(b) ? b : a;
            var measured = calendar.between(from, to);
            var back = calendar.plus(from, measured);
            assertThat(back).isBeforeOrEqualTo(to);
            assertThat(calendar.between(back, to)).isZero();
        });
    }

    @Test
    void adding_more_business_time_never_ends_earlier() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), instants(), amounts(), amounts())
                .checkAssert((calendar, start, first, second) -> {
                    var less = first.compareTo(second) <= 0 ? first : second;
                    var more = first.compareTo(second) <= 0 ? second : first;
                    assertThat(calendar.plus(start, less)).isBeforeOrEqualTo(calendar.plus(start, more));
                    assertThat(calendar.plus(start, less)).isAfterOrEqualTo(start);
                });
    }

    @Test
    void starting_later_never_ends_earlier() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), instants(), instants(), amounts())
                .checkAssert((calendar, a, b, amount) -> {
                    var earlier = a.isBefore(b) ? a : b;
                    var later = a.isBefore(b) ? b : a;
                    assertThat(calendar.plus(earlier, amount)).isBeforeOrEqualTo(calendar.plus(later, amount));
                });
    }

    @Test
    void business_time_adds_up_and_never_exceeds_elapsed_time() {
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), instants(), instants(), instants())
                .checkAssert((calendar, x, y, z) -> {
                    var sorted = new ArrayList<>(List.of(x, y, z));
                    sorted.sort(null);
                    var a = sorted.get(0);
                    var b = sorted.get(1);
                    var c = sorted.get(2);
                    assertThat(calendar.between(a, c))
                            .isEqualTo(calendar.between(a, b).plus(calendar.between(b, c)));
                    assertThat(calendar.between(a, c)).isLessThanOrEqualTo(Duration.between(a, c));
                });
    }

    @Test
    void a_holiday_never_counts_and_nothing_falls_due_on_one() {
        Gen<Integer> years = range(2020, 2035);
        qt().withExamples(EXAMPLES)
                .forAll(calendars(), years, instants(), amounts())
                .checkAssert((calendar, year, start, amount) -> {
                    var holidays = calendar.holidays(year);
                    for (var holiday : holidays) {
                        var dayStart =
                                holiday.date().atStartOfDay(calendar.zone()).toInstant();
                        var dayEnd = holiday.date()
                                .plusDays(1)
                                .atStartOfDay(calendar.zone())
                                .toInstant();
                        assertThat(calendar.between(dayStart, dayEnd))
                                .as(holiday.toString())
                                .isZero();
                    }
                    var due = calendar.plus(start, amount).atZone(calendar.zone());
                    if (amount.isPositive()) {
                        var onHoliday = calendar.holidays(due.getYear()).stream()
                                .anyMatch(holiday -> holiday.date().equals(due.toLocalDate()));
                        // only an amount that runs out at midnight, as a day before it closes, shows a holiday's date
                        assertThat(onHoliday && !due.toLocalTime().equals(LocalTime.MIDNIGHT))
                                .as("due %s", due)
                                .isFalse();
                    }
                });
    }

    @Test
    void adding_a_holiday_never_makes_anything_due_earlier() {
        Gen<LocalDate> days =
                range(0, 365 * 3).map(offset -> LocalDate.of(2025, 1, 1).plusDays(offset));
        qt().withExamples(EXAMPLES)
                .forAll(pick(List.of("office", "24x7", "lunch")), days, instants(), amounts())
                .checkAssert((name, day, start, amount) -> {
                    var extra = new Holiday(day, null, "Extra", Holiday.Source.ADDED);
                    var without = calendar(name, List.of());
                    var with = calendar(name, List.of(extra));
                    assertThat(with.plus(start, amount)).isAfterOrEqualTo(without.plus(start, amount));
                    var end = start.plus(Duration.ofDays(40));
                    assertThat(with.between(start, end)).isLessThanOrEqualTo(without.between(start, end));
                });
    }

    @Test
    void pauses_only_ever_delay() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            var plain = c.calendar().plus(c.start(), c.amount());
            var paused = c.calendar().plus(c.start(), c.amount(), c.pauses());
            paused.ifPresent(due -> assertThat(due).isAfterOrEqualTo(plain));
            var end = plain.plus(Duration.ofDays(30));
            assertThat(c.calendar().between(c.start(), end, c.pauses()))
                    .isLessThanOrEqualTo(c.calendar().between(c.start(), end));
        });
    }

    @Test
    void with_pauses_adding_and_measuring_back_still_agree() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            var paused = c.calendar().plus(c.start(), c.amount(), c.pauses());
            if (paused.isPresent()) {
                assertThat(c.calendar().between(c.start(), paused.get(), c.pauses()))
                        .isEqualTo(c.amount());
            } else {
                // only a pause still going on holds the clock, and the amount was not reached before it
                var ongoing = c.pauses().list().getLast();
                assertThat(ongoing.isOngoing()).isTrue();
                assertThat(c.calendar().between(c.start(), ongoing.from(), c.pauses()))
                        .isLessThan(c.amount());
            }
        });
    }

    @Test
    void the_24x7_calendar_counts_calendar_time() {
        var always = Calendars.alwaysOpen();
        qt().withExamples(EXAMPLES).forAll(instants(), amounts()).checkAssert((start, amount) -> {
            assertThat(always.plus(start, amount)).isEqualTo(start.plus(amount));
            assertThat(always.between(start, start.plus(amount))).isEqualTo(amount);
        });
    }

    private static BusinessTime calendar(String name, List<Holiday> added) {
        return switch (name) {
            case "office" -> Calendars.officeHours(added);
            case "24x7" ->
                BusinessTime.of(
                        BusinessTime.AMSTERDAM, WeekSchedule.alwaysOpen(), Holidays.of(HolidayRules.NONE, added));
            default ->
                BusinessTime.of(
                        BusinessTime.AMSTERDAM,
                        Calendars.withLunchBreak().week(),
                        Holidays.of(HolidayRules.DUTCH, added));
        };
    }
}
