package nl.loket.tickets.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchHolidaysTests {

    private static final HolidayRules EVERYTHING = new HolidayRules(true, true, LiberationDay.EVERY_YEAR);

    @ParameterizedTest(name = "Easter {0} falls on {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2019, 2019-04-21",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
        // the two exceptions of the computus (a full moon on 19 or 18 April) move Easter a week earlier
        "1981, 1981-04-19",
        "2049, 2049-04-18",
        "2076, 2076-04-19"
    })
    void easter_falls_on_the_dates_the_churches_publish(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @Test
    void easter_is_always_a_sunday_between_22_march_and_25_april() {
        for (int year = 1583; year <= 4099; year++) {
            var easter = Easter.sunday(year);
            assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("%d", year).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void easter_before_the_gregorian_calendar_is_refused() {
        assertThatThrownBy(() -> Easter.sunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void all_holidays_of_2025_fall_on_their_dates() {
        assertThat(named(DutchHolidays.of(2025, EVERYTHING)))
                .containsExactly(
                        Map.entry(LocalDate.of(2025, 1, 1), HolidayKind.NEW_YEARS_DAY),
                        Map.entry(LocalDate.of(2025, 4, 18), HolidayKind.GOOD_FRIDAY),
                        Map.entry(LocalDate.of(2025, 4, 20), HolidayKind.EASTER_SUNDAY),
                        Map.entry(LocalDate.of(2025, 4, 21), HolidayKind.EASTER_MONDAY),
                        Map.entry(LocalDate.of(2025, 4, 26), HolidayKind.KINGS_DAY),
                        Map.entry(LocalDate.of(2025, 5, 5), HolidayKind.LIBERATION_DAY),
                        Map.entry(LocalDate.of(2025, 5, 29), HolidayKind.ASCENSION_DAY),
                        Map.entry(LocalDate.of(2025, 6, 8), HolidayKind.WHIT_SUNDAY),
                        Map.entry(LocalDate.of(2025, 6, 9), HolidayKind.WHIT_MONDAY),
                        Map.entry(LocalDate.of(2025, 12, 25), HolidayKind.CHRISTMAS_DAY),
                        Map.entry(LocalDate.of(2025, 12, 26), HolidayKind.SECOND_CHRISTMAS_DAY));
    }

    @Test
    void the_holidays_that_follow_easter_move_with_it_in_2024_and_2026() {
        assertThat(named(DutchHolidays.of(2024, EVERYTHING)))
                .containsEntry(LocalDate.of(2024, 3, 29), HolidayKind.GOOD_FRIDAY)
                .containsEntry(LocalDate.of(2024, 3, 31), HolidayKind.EASTER_SUNDAY)
                .containsEntry(LocalDate.of(2024, 4, 1), HolidayKind.EASTER_MONDAY)
                .containsEntry(LocalDate.of(2024, 5, 9), HolidayKind.ASCENSION_DAY)
                .containsEntry(LocalDate.of(2024, 5, 19), HolidayKind.WHIT_SUNDAY)
                .containsEntry(LocalDate.of(2024, 5, 20), HolidayKind.WHIT_MONDAY);
        assertThat(named(DutchHolidays.of(2026, EVERYTHING)))
                .containsEntry(LocalDate.of(2026, 4, 3), HolidayKind.GOOD_FRIDAY)
                .containsEntry(LocalDate.of(2026, 4, 5), HolidayKind.EASTER_SUNDAY)
                .containsEntry(LocalDate.of(2026, 4, 6), HolidayKind.EASTER_MONDAY)
                .containsEntry(LocalDate.of(2026, 5, 14), HolidayKind.ASCENSION_DAY)
                .containsEntry(LocalDate.of(2026, 5, 24), HolidayKind.WHIT_SUNDAY)
                .containsEntry(LocalDate.of(2026, 5, 25), HolidayKind.WHIT_MONDAY);
    }

    @ParameterizedTest(name = "Koningsdag {0} is on {1}")
    @CsvSource({
        "2014, 2014-04-26", // the 27th was a Sunday
        "2024, 2024-04-27", // a Saturday: stays
        "2025, 2025-04-26", // the 27th is a Sunday
        "2026, 2026-04-27",
        "2031, 2031-04-26", // the 27th is a Sunday
        "2013, 2013-04-30", // Koninginnedag
        "2006, 2006-04-29" // Koninginnedag; the 30th was a Sunday
    })
    void koningsdag_moves_to_saturday_when_it_falls_on_a_sunday(int year, LocalDate expected) {
        assertThat(named(DutchHolidays.of(year, HolidayRules.DUTCH)))
                .containsEntry(expected, HolidayKind.KINGS_DAY)
                .containsValue(HolidayKind.KINGS_DAY);
    }

    @Test
    void bevrijdingsdag_follows_the_calendars_rule() {
        var lustrum = new HolidayRules(true, false, LiberationDay.LUSTRUM_YEARS);
        var never = new HolidayRules(true, false, LiberationDay.NEVER);
        assertThat(named(DutchHolidays.of(2025, lustrum)))
                .containsEntry(LocalDate.of(2025, 5, 5), HolidayKind.LIBERATION_DAY);
        assertThat(named(DutchHolidays.of(2030, lustrum)))
                .containsEntry(LocalDate.of(2030, 5, 5), HolidayKind.LIBERATION_DAY);
        assertThat(named(DutchHolidays.of(2026, lustrum))).doesNotContainValue(HolidayKind.LIBERATION_DAY);
        assertThat(named(DutchHolidays.of(2026, EVERYTHING)))
                .containsEntry(LocalDate.of(2026, 5, 5), HolidayKind.LIBERATION_DAY);
        assertThat(named(DutchHolidays.of(2025, never))).doesNotContainValue(HolidayKind.LIBERATION_DAY);
    }

    @Test
    void goede_vrijdag_is_a_holiday_only_when_the_calendar_says_so() {
        assertThat(named(DutchHolidays.of(2025, HolidayRules.DUTCH))).doesNotContainValue(HolidayKind.GOOD_FRIDAY);
        assertThat(named(DutchHolidays.of(2025, EVERYTHING)))
                .containsEntry(LocalDate.of(2025, 4, 18), HolidayKind.GOOD_FRIDAY);
    }

    @Test
    void a_calendar_without_dutch_holidays_has_none() {
        assertThat(DutchHolidays.of(2025, HolidayRules.NONE)).isEmpty();
    }

    @Test
    void added_days_are_listed_with_the_computed_ones_in_date_order() {
        var added = new Holiday(LocalDate.of(2025, 4, 19), null, "Bedrijfsuitje", Holiday.Source.ADDED);
        var nextYear = new Holiday(LocalDate.of(2026, 1, 2), null, "Brugdag", Holiday.Source.ADDED);
        var holidays = Holidays.of(HolidayRules.DUTCH, List.of(added, nextYear));

        var in2025 = holidays.in(2025);

        assertThat(in2025).contains(added).doesNotContain(nextYear);
        assertThat(in2025).isSorted();
        var position = in2025.indexOf(added);
        assertThat(in2025.get(position - 1).kind()).isEqualTo(HolidayKind.NEW_YEARS_DAY);
        assertThat(in2025.get(position + 1).kind()).isEqualTo(HolidayKind.EASTER_SUNDAY);
    }

    private static Map<LocalDate, HolidayKind> named(List<Holiday> holidays) {
        var map = new LinkedHashMap<LocalDate, HolidayKind>();
        holidays.forEach(holiday -> map.put(holiday.date(), holiday.kind()));
        return map;
    }
}
