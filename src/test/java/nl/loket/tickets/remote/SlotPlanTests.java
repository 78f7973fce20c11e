package nl.loket.tickets.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SlotPlanTests {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void a_plan_for_next_week_within_the_limits_can_be_published() {
        var plan = new SlotPlan(LocalDate.of(2026, 11, 30), LocalTime.of(10, 0), 60, 2, 4500, 1);

        assertThat(plan.errors(NOW)).isEmpty();
        assertThat(plan.starts()).containsExactly(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void a_slot_in_the_past_is_refused() {
        var plan = new SlotPlan(LocalDate.of(2026, 11, 22), LocalTime.of(9, 30), 60, 2, 4500, 1);

        assertThat(plan.errors(NOW)).extracting(SlotPlan.Error::messageKey).containsExactly("tickets.remote.plan.past");
    }

    @Test
    void length_capacity_price_and_weeks_outside_their_limits_are_each_named() {
        var plan = new SlotPlan(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), 10, 21, -1, 27);

        assertThat(plan.errors(NOW))
                .extracting(SlotPlan.Error::field)
                .containsExactly("lengthMinutes", "capacity", "price", "weeks");
        assertThat(new SlotPlan(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), 481, 0, 0, 0).errors(NOW))
                .extracting(SlotPlan.Error::field)
                .containsExactly("lengthMinutes", "capacity", "weeks");
        assertThat(new SlotPlan(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), 15, 20, 0, 26).errors(NOW))
                .isEmpty();
        assertThat(new SlotPlan(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), 480, 1, 0, 1).errors(NOW))
                .isEmpty();
    }

    @Test
    void a_weekly_series_keeps_its_dutch_time_across_the_change_to_summer_time() {
        var plan = new SlotPlan(LocalDate.of(2027, 3, 22), LocalTime.of(10, 0), 60, 1, 0, 2);

        assertThat(plan.starts())
                .containsExactly(Instant.parse("2027-03-22T09:00:00Z"), Instant.parse("2027-03-29T08:00:00Z"));
    }
}
