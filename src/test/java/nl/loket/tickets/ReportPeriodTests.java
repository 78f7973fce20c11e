package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void without_dates_or_preset_the_period_is_this_month_up_to_today() {
        assertThat(ReportPeriod.parse(null, "", " ", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), TODAY));
    }

    @Test
    void the_presets_are_this_month_last_month_the_last_seven_days_and_this_quarter() {
        assertThat(ReportPeriod.parse("last-month", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(ReportPeriod.parse("last-7-days", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 16), TODAY));
        assertThat(ReportPeriod.parse("this-quarter", null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), TODAY));
        assertThat(ReportPeriod.parse("last-month", null, null, LocalDate.of(2027, 1, 5)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void dates_win_over_a_preset_and_a_missing_end_is_today() {
        assertThat(ReportPeriod.parse("last-month", "2026-11-10", null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 10), TODAY));
    }

    @Test
    void a_day_in_amsterdam_starts_at_its_midnight_there() {
        var period = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));

        assertThat(period.start()).hasToString("2026-06-30T22:00:00Z");
        assertThat(period.end()).hasToString("2026-07-01T22:00:00Z");
    }

    @Test
    void a_leap_year_fits_but_a_day_more_is_refused_as_is_an_end_before_the_start_or_a_non_date() {
        assertThat(ReportPeriod.parse(null, "2024-01-01", "2024-12-31", TODAY).days())
                .isEqualTo(366);
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2024-01-01", "2025-01-01", TODAY))
                .isInstanceOfSatisfying(ReportPeriod.Refused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.sla-report.error.too-long"));
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2026-11-02", "2026-11-01", TODAY))
                .isInstanceOfSatisfying(ReportPeriod.Refused.class, refused -> assertThat(refused.field())
                        .isEqualTo("from"));
        assertThatThrownBy(() -> ReportPeriod.parse(null, "1-11-2026", null, TODAY))
                .isInstanceOfSatisfying(ReportPeriod.Refused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.sla-report.error.date"));
        assertThatThrownBy(() -> ReportPeriod.parse("volgend-jaar", null, null, TODAY))
                .isInstanceOf(ReportPeriod.Refused.class);
    }

    @Test
    void nearest_rank_takes_the_value_at_the_rank_rounded_up() {
        long[] three = {600, 1800, 7200};
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(ServiceLevelReport.nearestRank(three, 50)).isEqualTo(1800);
        assertThat(ServiceLevelReport.nearestRank(three, 90)).isEqualTo(7200);
        assertThat(ServiceLevelReport.nearestRank(new long[] {5, 9}, 50)).isEqualTo(5);
        assertThat(ServiceLevelReport.nearestRank(ten, 90)).isEqualTo(9);
        assertThat(ServiceLevelReport.nearestRank(ten, 50)).isEqualTo(5);
        assertThat(ServiceLevelReport.nearestRank(new long[] {42}, 90)).isEqualTo(42);
    }
}
