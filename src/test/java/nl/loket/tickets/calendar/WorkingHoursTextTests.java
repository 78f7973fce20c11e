package nl.loket.tickets.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingHoursTextTests {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "09:00-17:00 | 09:00-17:00",
                "9:00 - 17:00 | 09:00-17:00",
                "9.00-17.00 | 09:00-17:00",
                "13:00-17:00, 09:00-12:30 | 09:00-12:30, 13:00-17:00",
                "09:00-12:30; 13:00-17:00 | 09:00-12:30, 13:00-17:00",
                "09:00-12:30 13:00-17:00 | 09:00-12:30, 13:00-17:00",
                "00:00-24:00 | 00:00-24:00",
                "09:00-12:30, 12:30-17:00 | 09:00-12:30, 12:30-17:00"
            })
    void typed_hours_are_read_in_the_usual_dutch_ways(String typed, String expected) {
        assertThat(WorkingHoursText.format(WorkingHoursText.parse(typed))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "gesloten", "Closed", "-"})
    void an_empty_day_is_closed(String typed) {
        assertThat(WorkingHoursText.parse(typed)).isEmpty();
    }

    @Test
    void text_that_is_not_an_interval_is_refused_with_the_part_that_is_wrong() {
        assertInvalid("9-17", "tickets.calendar.hours.not-an-interval", "9-17");
        assertInvalid("09:00-12:00, lunch", "tickets.calendar.hours.not-an-interval", "lunch");
        assertInvalid("09:00-25:00", "tickets.calendar.hours.not-a-time", "09:00-25:00");
        assertInvalid("24:00-24:00", "tickets.calendar.hours.not-a-time", "24:00-24:00");
        assertInvalid("09:75-17:00", "tickets.calendar.hours.not-a-time", "09:75-17:00");
    }

    @Test
    void an_end_before_its_start_is_refused() {
        assertInvalid("17:00-09:00", "tickets.calendar.hours.end-not-after-start", "17:00-09:00");
        assertInvalid("09:00-09:00", "tickets.calendar.hours.end-not-after-start", "09:00-09:00");
    }

    @Test
    void overlapping_intervals_are_refused() {
        assertInvalid("09:00-13:00, 12:30-17:00", "tickets.calendar.hours.overlap", "09:00-13:00", "12:30-17:00");
    }

    @Test
    void a_week_must_be_open_on_some_day() {
        assertThatThrownBy(() -> WeekSchedule.of(Map.of()))
                .isInstanceOfSatisfying(WorkingHoursText.Invalid.class, invalid -> assertThat(invalid.key())
                        .isEqualTo("tickets.calendar.hours.never-open"));
        assertThat(WeekSchedule.of(Map.of(DayOfWeek.SATURDAY, List.of(WorkingInterval.of("10:00", "12:00"))))
                        .minutesPerWeek())
                .isEqualTo(120);
    }

    private static void assertInvalid(String typed, String key, Object... arguments) {
        assertThatThrownBy(() -> WorkingHoursText.parse(typed))
                .isInstanceOfSatisfying(WorkingHoursText.Invalid.class, invalid -> {
                    assertThat(invalid.key()).isEqualTo(key);
                    assertThat(invalid.arguments()).containsExactly(arguments);
                });
    }
}
