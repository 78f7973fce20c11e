package nl.loket.tickets.calendar;

import static nl.loket.tickets.calendar.Calendars.at;
import static nl.loket.tickets.calendar.Calendars.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessTimeTests {

    private final BusinessTime office = Calendars.officeHours();

    @Nested
    class AddingBusinessTime {

        @ParameterizedTest(name = "{0} + {1} business minutes = {2}")
        @CsvSource({
            // within one working day
            "2025-03-03 10:00, 240, 2025-03-03 14:00",
            // running out exactly at closing time ends at closing time, not next morning
            "2025-03-03 09:00, 480, 2025-03-03 17:00",
            // one minute more starts the next morning
            "2025-03-03 09:00, 481, 2025-03-04 09:01",
            // before opening: the clock starts at 09:00
            "2025-03-04 07:00, 60, 2025-03-04 10:00",
            // after closing: the clock starts the next morning
            "2025-03-04 18:00, 60, 2025-03-05 10:00",
            // over the weekend
            "2025-03-07 15:00, 240, 2025-03-10 11:00",
            // from a Saturday
            "2025-03-08 12:00, 30, 2025-03-10 09:30",
            // several days: a whole week of 40 hours ends Friday at 17:00
            "2025-03-03 09:00, 2400, 2025-03-07 17:00",
            "2025-03-03 09:00, 2460, 2025-03-10 10:00",
            // Christmas (Thursday and Friday) and the weekend after it
            "2025-12-24 16:00, 120, 2025-12-29 10:00",
            // into a new year: Nieuwjaarsdag 2026 is a Thursday
            "2025-12-31 16:00, 120, 2026-01-02 10:00",
            // Tweede Paasdag 2025; Goede Vrijdag is a working day in this calendar
            "2025-04-17 16:00, 120, 2025-04-18 10:00",
            "2025-04-18 16:00, 120, 2025-04-22 10:00",
            // Koningsdag 2026 on a Monday
            "2026-04-24 16:00, 120, 2026-04-28 10:00",
            // Koningsdag 2025 on a Saturday changes nothing; Bevrijdingsdag 2025 (lustrum) is free
            "2025-05-02 16:00, 120, 2025-05-06 10:00",
            // Hemelvaartsdag and Tweede Pinksterdag 2025
            "2025-05-28 16:00, 120, 2025-05-30 10:00",
            "2025-06-06 16:00, 120, 2025-06-10 10:00"
        })
        void office_hours_skip_nights_weekends_and_holidays(String start, long minutes, String expected) {
            assertThat(local(office.plus(at(start), Duration.ofMinutes(minutes))))
                    .isEqualTo(expected);
        }

        @Test
        void goede_vrijdag_is_skipped_when_the_calendar_closes_on_it() {
            var closedOnGoodFriday = Calendars.officeHours(new HolidayRules(true, true, LiberationDay.LUSTRUM_YEARS));

            assertThat(local(closedOnGoodFriday.plus(at("2025-04-17 16:00"), Duration.ofMinutes(120))))
                    .isEqualTo("2025-04-22 10:00");
        }

        @Test
        void bevrijdingsdag_outside_a_lustrum_year_is_a_working_day() {
            assertThat(local(office.plus(at("2026-05-04 16:00"), Duration.ofMinutes(120))))
                    .isEqualTo("2026-05-05 10:00");
        }

        @Test
        void a_day_an_administrator_added_is_skipped() {
            var bridgeDay = new Holiday(LocalDate.of(2025, 5, 30), null, "Brugdag", Holiday.Source.ADDED);
            var calendar = Calendars.officeHours(List.of(bridgeDay));

            assertThat(local(calendar.plus(at("2025-05-28 16:00"), Duration.ofMinutes(120))))
                    .isEqualTo("2025-06-02 10:00");
        }

        @Test
        void the_lunch_break_does_not_count() {
            var calendar = Calendars.withLunchBreak();

            assertThat(local(calendar.plus(at("2025-03-03 12:00"), Duration.ofMinutes(60))))
                    .isEqualTo("2025-03-03 13:30");
            assertThat(local(calendar.plus(at("2025-03-03 12:45"), Duration.ofMinutes(60))))
                    .isEqualTo("2025-03-03 14:00");
            assertThat(local(calendar.plus(at("2025-03-03 09:00"), Duration.ofMinutes(210))))
                    .isEqualTo("2025-03-03 12:30");
        }

        @Test
        void zero_business_time_is_due_at_once_even_outside_working_hours() {
            var saturday = at("2025-03-08 12:00");

            assertThat(office.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
        }

        @Test
        void seconds_and_nanoseconds_are_kept() {
            var start = at("2025-03-03 10:00").plusNanos(123_456_789);
            var amount = Duration.ofMinutes(90).plusSeconds(7).plusNanos(1);

            var due = office.plus(start, amount);

            assertThat(due).isEqualTo(start.plus(amount));
            assertThat(office.between(start, due)).isEqualTo(amount);
        }

        @Test
        void negative_business_time_is_refused() {
            assertThatThrownBy(() -> office.plus(at("2025-03-03 10:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void years_of_business_time_take_no_minute_by_minute_walk() {
            // 2100 hours: more than a year of office hours (about 2000); answered from the year tables
            var due = office.plus(at("2025-01-02 09:00"), Duration.ofHours(2100));

            assertThat(office.between(at("2025-01-02 09:00"), due)).isEqualTo(Duration.ofHours(2100));
            assertThat(due.atZone(BusinessTime.AMSTERDAM).getYear()).isEqualTo(2026);
        }
    }

    @Nested
    class MeasuringBusinessTime {

        @ParameterizedTest(name = "{0} to {1} is {2} business minutes")
        @CsvSource({
            "2025-03-03 10:00, 2025-03-03 14:00, 240",
            "2025-03-07 16:00, 2025-03-10 10:00, 120",
            "2025-03-08 08:00, 2025-03-09 20:00, 0",
            "2025-03-03 00:00, 2025-03-10 00:00, 2400",
            "2025-12-24 00:00, 2026-01-05 00:00, 2400",
            "2025-03-03 14:00, 2025-03-03 10:00, 0"
        })
        void office_hours_count_only_working_time(String from, String to, long minutes) {
            assertThat(office.between(at(from), at(to))).isEqualTo(Duration.ofMinutes(minutes));
        }

        @Test
        void a_holiday_counts_nothing() {
            assertThat(office.between(at("2025-12-25 00:00"), at("2025-12-27 00:00")))
                    .isZero();
        }

        @Test
        void business_time_over_many_years_adds_up_year_by_year() {
            // 52 or 53 weeks a year minus holidays on weekdays: about 2000 hours
            var decade = office.between(at("2020-01-01 00:00"), at("2030-01-01 00:00"));

            assertThat(decade.toHours()).isBetween(10 * 1980L, 10 * 2040L);
            assertThat(decade)
                    .isEqualTo(office.between(at("2020-01-01 00:00"), at("2025-06-15 12:00"))
                            .plus(office.between(at("2025-06-15 12:00"), at("2030-01-01 00:00"))));
        }
    }

    @Nested
    class ClockChanges {

        @Test
        void a_24x7_calendar_counts_23_hours_on_the_last_sunday_of_march_and_25_in_october() {
            var always = Calendars.alwaysOpen();

            assertThat(always.between(at("2025-03-30 00:00"), at("2025-03-31 00:00")))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(always.between(at("2025-10-26 00:00"), at("2025-10-27 00:00")))
                    .isEqualTo(Duration.ofHours(25));
        }

        @Test
        void a_24x7_calendar_adds_elapsed_time_across_the_clock_change() {
            var always = Calendars.alwaysOpen();

            assertThat(local(always.plus(at("2025-03-29 12:00"), Duration.ofHours(24))))
                    .isEqualTo("2025-03-30 13:00");
            assertThat(local(always.plus(at("2025-10-25 12:00"), Duration.ofHours(24))))
                    .isEqualTo("2025-10-26 11:00");
            assertThat(always.plus(at("2025-01-01 00:00"), Duration.ofDays(3650)))
                    .isEqualTo(at("2025-01-01 00:00").plus(Duration.ofDays(3650)));
        }

        @Test
        void office_hours_around_a_clock_change_keep_their_wall_clock_times() {
            assertThat(local(office.plus(at("2025-03-28 16:00"), Duration.ofMinutes(120))))
                    .isEqualTo("2025-03-31 10:00");
            assertThat(local(office.plus(at("2025-10-24 16:00"), Duration.ofMinutes(120))))
                    .isEqualTo("2025-10-27 10:00");
            assertThat(office.between(at("2025-03-28 16:00"), at("2025-03-31 10:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void night_hours_on_the_day_of_the_change_are_as_long_as_they_really_last() {
            var nights = Calendars.sundayNights("01:00", "04:00");

            assertThat(nights.between(at("2025-03-30 00:00"), at("2025-03-31 00:00")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(nights.between(at("2025-10-26 00:00"), at("2025-10-27 00:00")))
                    .isEqualTo(Duration.ofHours(4));
            assertThat(nights.between(at("2025-10-19 00:00"), at("2025-10-20 00:00")))
                    .isEqualTo(Duration.ofHours(3));
            assertThat(local(nights.plus(at("2025-03-30 01:00"), Duration.ofMinutes(90))))
                    .isEqualTo("2025-03-30 03:30");
        }

        @Test
        void hours_the_clock_skips_do_not_exist_and_hours_it_shows_twice_count_twice() {
            var skipped = Calendars.sundayNights("02:15", "02:45");

            assertThat(skipped.between(at("2025-03-30 00:00"), at("2025-03-31 00:00")))
                    .isZero();
            // from the first 02:15 (summer time) to the second 02:45 (winter time)
            assertThat(skipped.between(at("2025-10-26 00:00"), at("2025-10-27 00:00")))
                    .isEqualTo(Duration.ofMinutes(90));
        }
    }

    @Nested
    class Pausing {

        @Test
        void a_pause_moves_the_due_time_by_the_business_time_it_took() {
            var pauses = Pauses.of(Pause.between(at("2025-03-03 10:00"), at("2025-03-03 12:00")));

            assertThat(office.plus(at("2025-03-03 09:00"), Duration.ofHours(4), pauses)
                            .map(Calendars::local))
                    .contains("2025-03-03 15:00");
            assertThat(office.between(at("2025-03-03 09:00"), at("2025-03-03 15:00"), pauses))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void a_pause_outside_working_hours_changes_nothing() {
            var weekend = Pauses.of(Pause.between(at("2025-03-08 10:00"), at("2025-03-09 12:00")));

            assertThat(office.plus(at("2025-03-07 15:00"), Duration.ofHours(4), weekend)
                            .map(Calendars::local))
                    .contains("2025-03-10 11:00");
        }

        @Test
        void a_pause_over_several_days_stops_the_clock_for_all_of_them() {
            var waiting = Pauses.of(Pause.between(at("2025-03-03 16:00"), at("2025-03-06 11:00")));

            assertThat(office.plus(at("2025-03-03 15:00"), Duration.ofHours(2), waiting)
                            .map(Calendars::local))
                    .contains("2025-03-06 12:00");
        }

        @Test
        void the_target_reached_before_a_pause_is_not_moved_by_it() {
            var later = Pauses.of(Pause.between(at("2025-03-04 10:00"), at("2025-03-05 10:00")));

            assertThat(office.plus(at("2025-03-03 09:00"), Duration.ofHours(8), later)
                            .map(Calendars::local))
                    .contains("2025-03-03 17:00");
        }

        @Test
        void while_a_ticket_still_waits_there_is_no_due_time() {
            var waiting = Pauses.of(Pause.since(at("2025-03-03 10:00")));

            assertThat(office.plus(at("2025-03-03 09:00"), Duration.ofHours(4), waiting))
                    .isEmpty();
            assertThat(office.plus(at("2025-03-03 09:00"), Duration.ofMinutes(30), waiting)
                            .map(Calendars::local))
                    .contains("2025-03-03 09:30");
            assertThat(office.between(at("2025-03-03 09:00"), at("2025-03-05 09:00"), waiting))
                    .isEqualTo(Duration.ofHours(1));
        }

        @Test
        void overlapping_pauses_count_once() {
            var pauses = Pauses.of(
                    Pause.between(at("2025-03-03 10:00"), at("2025-03-03 12:00")),
                    Pause.between(at("2025-03-03 11:00"), at("2025-03-03 13:00")),
                    Pause.between(at("2025-03-03 13:00"), at("2025-03-03 14:00")));

            assertThat(pauses.list()).hasSize(1);
            assertThat(office.between(at("2025-03-03 09:00"), at("2025-03-03 17:00"), pauses))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void a_pause_cannot_end_before_it_starts() {
            assertThatThrownBy(() -> Pause.between(at("2025-03-03 12:00"), at("2025-03-03 10:00")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_calendar_knows_whether_it_is_open() {
        assertThat(office.isOpen(at("2025-03-03 09:00"))).isTrue();
        assertThat(office.isOpen(at("2025-03-03 16:59"))).isTrue();
        assertThat(office.isOpen(at("2025-03-03 17:00"))).isFalse();
        assertThat(office.isOpen(at("2025-03-08 12:00"))).isFalse();
        assertThat(office.isOpen(at("2025-12-25 12:00"))).isFalse();
    }

    @Test
    void instants_outside_the_supported_years_are_refused() {
        assertThatThrownBy(() -> office.between(at("1970-01-01 00:00"), at("1971-01-01 00:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1980");
    }
}
