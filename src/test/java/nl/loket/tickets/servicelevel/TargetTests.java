package nl.loket.tickets.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.HolidayRules;
import nl.loket.tickets.calendar.Holidays;
import nl.loket.tickets.calendar.Pause;
import nl.loket.tickets.calendar.Pauses;
import nl.loket.tickets.calendar.WeekSchedule;
import org.junit.jupiter.api.Test;

class TargetTests {

    private final BusinessTime office = BusinessTime.of(
            BusinessTime.AMSTERDAM, WeekSchedule.officeHours(), Holidays.of(HolidayRules.DUTCH, List.of()));

    @Test
    void a_business_time_target_runs_only_in_working_hours() {
        var target = Target.business(Duration.ofHours(4));

        assertThat(target.dueAt(at("2025-03-07T15:00"), Pauses.NONE, office)).contains(at("2025-03-10T11:00"));
    }

    @Test
    void a_calendar_time_target_runs_day_and_night_whatever_the_calendar() {
        var target = Target.calendar(Duration.ofHours(1));

        assertThat(target.dueAt(at("2025-03-08T23:30"), Pauses.NONE, office)).contains(at("2025-03-09T00:30"));
        assertThat(target.counted(at("2025-03-08T23:30"), at("2025-03-09T00:00"), Pauses.NONE, office))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void both_kinds_stand_still_while_the_ticket_waits_for_the_customer() {
        var waiting = Pauses.of(Pause.between(at("2025-03-10T10:00"), at("2025-03-10T12:00")));

        assertThat(Target.business(Duration.ofHours(2)).dueAt(at("2025-03-10T09:00"), waiting, office))
                .contains(at("2025-03-10T13:00"));
        assertThat(Target.calendar(Duration.ofHours(2)).dueAt(at("2025-03-10T09:00"), waiting, office))
                .contains(at("2025-03-10T13:00"));
        assertThat(Target.calendar(Duration.ofHours(2))
                        .dueAt(at("2025-03-10T09:00"), Pauses.of(Pause.since(at("2025-03-10T10:00"))), office))
                .isEmpty();
    }

    @Test
    void a_target_is_at_least_a_minute_and_at_most_a_year() {
        assertThatThrownBy(() -> new Target(0, TimeBasis.BUSINESS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target(Target.MAX_MINUTES + 1, TimeBasis.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String amsterdamTime) {
        return LocalDateTime.parse(amsterdamTime).atZone(BusinessTime.AMSTERDAM).toInstant();
    }
}
