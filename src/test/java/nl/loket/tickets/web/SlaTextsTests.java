package nl.loket.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.junit.jupiter.api.Test;

class SlaTextsTests {

    @Test
    void durations_read_as_hours_and_minutes_and_calendar_time_past_a_day_as_days_and_hours() {
        assertThat(SlaTexts.format(Duration.ofMinutes(200), TimeBasis.CALENDAR, false))
                .isEqualTo("3 u 20 min");
        assertThat(SlaTexts.format(Duration.ofHours(52), TimeBasis.CALENDAR, false))
                .isEqualTo("2 d 4 u");
        assertThat(SlaTexts.format(Duration.ofHours(48), TimeBasis.CALENDAR, true))
                .isEqualTo("2 d");
        assertThat(SlaTexts.format(Duration.ofMinutes(45), TimeBasis.CALENDAR, false))
                .isEqualTo("45 min");
        assertThat(SlaTexts.format(Duration.ofSeconds(10), TimeBasis.CALENDAR, false))
                .isEqualTo("< 1 min");
        assertThat(SlaTexts.format(null, TimeBasis.CALENDAR, false)).isEqualTo("\u2014");
    }

    @Test
    void business_time_is_labelled_and_never_counted_in_days() {
        assertThat(SlaTexts.format(Duration.ofHours(52), TimeBasis.BUSINESS, false))
                .isEqualTo("52 u werktijd");
        assertThat(SlaTexts.format(Duration.ofMinutes(200), TimeBasis.BUSINESS, true))
                .isEqualTo("3 h 20 min business time");
    }

    @Test
    void shares_are_percentages_with_one_decimal_in_the_reader_s_notation() {
        assertThat(SlaTexts.percent(0.875, false)).isEqualTo("87,5%");
        assertThat(SlaTexts.percent(2 / 3.0, true)).isEqualTo("66.7%");
        assertThat(SlaTexts.percent(null, false)).isEqualTo("\u2014");
    }
}
