package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.loket.tickets.ServiceClockCalculator.Step;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.HolidayRules;
import nl.loket.tickets.calendar.Holidays;
import nl.loket.tickets.calendar.WeekSchedule;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import nl.loket.tickets.servicelevel.Target;
import org.junit.jupiter.api.Test;

class ServiceClockCalculatorTests {

    private final BusinessTime office = BusinessTime.of(
            BusinessTime.AMSTERDAM, WeekSchedule.officeHours(), Holidays.of(HolidayRules.DUTCH, List.of()));

    /** Like the shipped "Zakelijk": 4 business hours first response, 8 next, 24 resolution. */
    private final ServiceLevelDetails business = level(Map.of(
            ServiceClock.FIRST_RESPONSE, Target.business(Duration.ofHours(4)),
            ServiceClock.NEXT_RESPONSE, Target.business(Duration.ofHours(8)),
            ServiceClock.RESOLUTION, Target.business(Duration.ofHours(24))));

    @Test
    void a_ticket_opened_on_friday_afternoon_is_due_for_a_first_answer_on_monday_morning() {
        var clocks = read(at("2025-03-07T15:00"), List.of());

        var first = clock(clocks, ServiceClock.FIRST_RESPONSE);
        assertThat(first.due()).isEqualTo(at("2025-03-10T11:00"));
        assertThat(first.warnAt()).isEqualTo(at("2025-03-10T10:00"));
        assertThat(first.isRunning()).isTrue();
        assertThat(clocks)
                .extracting(ClockReading::clock)
                .containsExactly(ServiceClock.FIRST_RESPONSE, ServiceClock.RESOLUTION);
    }

    @Test
    void the_first_reply_stops_the_first_response_clock_with_the_business_time_it_took() {
        var clocks = read(at("2025-03-07T15:00"), List.of(new Step.StaffReplied(at("2025-03-10T10:30"))));

        var first = clock(clocks, ServiceClock.FIRST_RESPONSE);
        assertThat(first.stopped()).isEqualTo(at("2025-03-10T10:30"));
        assertThat(first.stoppedBy()).isEqualTo("REPLY");
        assertThat(first.counted()).isEqualTo(Duration.ofMinutes(210));
        assertThat(first.isMet()).isTrue();
        assertThat(first.isBreached(at("2025-03-20T10:00"))).isFalse();
    }

    @Test
    void a_clock_past_its_due_time_without_an_answer_is_breached_and_warned_before() {
        var first = clock(read(at("2025-03-07T15:00"), List.of()), ServiceClock.FIRST_RESPONSE);

        assertThat(first.isAtRisk(at("2025-03-10T09:59"))).isFalse();
        assertThat(first.isAtRisk(at("2025-03-10T10:15"))).isTrue();
        assertThat(first.isBreached(at("2025-03-10T10:59"))).isFalse();
        assertThat(first.isBreached(at("2025-03-10T11:00"))).isTrue();
        assertThat(first.isAtRisk(at("2025-03-10T11:00"))).isFalse();
    }

    @Test
    void waiting_for_the_customer_holds_the_clocks_and_their_answer_starts_the_next_response_clock() {
        var clocks = read(
                at("2025-03-03T09:00"),
                List.of(
                        new Step.StatusChanged(at("2025-03-03T09:30"), TicketStatus.OPEN),
                        new Step.StaffReplied(at("2025-03-03T10:00")),
                        new Step.StatusChanged(at("2025-03-03T10:00"), TicketStatus.WAITING_FOR_CUSTOMER)));

        var resolution = clock(clocks, ServiceClock.RESOLUTION);
        assertThat(resolution.isPaused()).isTrue();
        assertThat(resolution.due()).isNull();
        assertThat(clocks).extracting(ClockReading::clock).doesNotContain(ServiceClock.NEXT_RESPONSE);

        var answered = read(
                at("2025-03-03T09:00"),
                List.of(
                        new Step.StatusChanged(at("2025-03-03T09:30"), TicketStatus.OPEN),
                        new Step.StaffReplied(at("2025-03-03T10:00")),
                        new Step.StatusChanged(at("2025-03-03T10:00"), TicketStatus.WAITING_FOR_CUSTOMER),
                        new Step.CustomerReplied(at("2025-03-04T09:00")),
                        new Step.StatusChanged(at("2025-03-04T09:00"), TicketStatus.OPEN)));

        var next = clock(answered, ServiceClock.NEXT_RESPONSE);
        assertThat(next.started()).isEqualTo(at("2025-03-04T09:00"));
        assertThat(next.due()).isEqualTo(at("2025-03-04T17:00"));
        // One business hour before the wait, 24 - 1 = 23 left from Tuesday 09:00: Thursday 16:00.
        assertThat(clock(answered, ServiceClock.RESOLUTION).due()).isEqualTo(at("2025-03-06T16:00"));
    }

    @Test
    void a_second_customer_message_before_the_answer_keeps_the_next_response_clock_where_it_started() {
        var clocks = read(
                at("2025-03-03T09:00"),
                List.of(
                        new Step.StaffReplied(at("2025-03-03T10:00")),
                        new Step.CustomerReplied(at("2025-03-03T11:00")),
                        new Step.CustomerReplied(at("2025-03-03T15:00"))));

        assertThat(clock(clocks, ServiceClock.NEXT_RESPONSE).started()).isEqualTo(at("2025-03-03T11:00"));
    }

    @Test
    void a_resolution_the_customer_reopened_counts_as_a_pause_and_the_last_resolution_stops_the_clock() {
        var clocks = read(
                at("2025-03-03T09:00"),
                List.of(
                        new Step.StaffReplied(at("2025-03-03T10:00")),
                        new Step.StatusChanged(at("2025-03-03T10:00"), TicketStatus.RESOLVED),
                        new Step.CustomerReplied(at("2025-03-05T09:00")),
                        new Step.StatusChanged(at("2025-03-05T09:00"), TicketStatus.OPEN),
                        new Step.StaffReplied(at("2025-03-05T11:00")),
                        new Step.StatusChanged(at("2025-03-05T11:00"), TicketStatus.RESOLVED)));

        var resolution = clock(clocks, ServiceClock.RESOLUTION);
        assertThat(resolution.stopped()).isEqualTo(at("2025-03-05T11:00"));
        assertThat(resolution.stoppedBy()).isEqualTo("RESOLVED");
        assertThat(resolution.counted()).isEqualTo(Duration.ofHours(3));
        var next = clock(clocks, ServiceClock.NEXT_RESPONSE);
        assertThat(next.counted()).isEqualTo(Duration.ofHours(2));
        assertThat(next.stoppedBy()).isEqualTo("REPLY");
    }

    @Test
    void a_ticket_resolved_without_a_reply_stops_the_first_response_clock_as_resolved() {
        var first = clock(
                read(
                        at("2025-03-03T09:00"),
                        List.of(new Step.StatusChanged(at("2025-03-03T09:20"), TicketStatus.CLOSED))),
                ServiceClock.FIRST_RESPONSE);

        assertThat(first.stoppedBy()).isEqualTo("CLOSED");
        assertThat(first.counted()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void on_hold_over_easter_holds_the_clock_and_the_target_spans_the_holidays_after() {
        // Thursday before Easter 2025 (Goede Vrijdag is no holiday by default; Tweede Paasdag 21 April is).
        var clocks = read(
                at("2025-04-17T16:00"),
                List.of(
                        new Step.StatusChanged(at("2025-04-17T16:30"), TicketStatus.ON_HOLD),
                        new Step.StatusChanged(at("2025-04-18T16:00"), TicketStatus.OPEN)));

        // Half an hour before the hold, one hour on Friday after it (16:00-17:00), then Tuesday 09:00 + 2.5 h.
        assertThat(clock(clocks, ServiceClock.FIRST_RESPONSE).due()).isEqualTo(at("2025-04-22T11:30"));
    }

    @Test
    void a_level_with_only_a_first_response_target_measures_nothing_else() {
        var bestEffort = level(Map.of(ServiceClock.FIRST_RESPONSE, Target.business(Duration.ofHours(8))));

        var clocks = ServiceClockCalculator.read(
                at("2025-03-03T09:00"),
                List.of(
                        new Step.StaffReplied(at("2025-03-03T10:00")),
                        new Step.CustomerReplied(at("2025-03-03T11:00"))),
                bestEffort,
                office,
                75);

        assertThat(clocks).extracting(ClockReading::clock).containsExactly(ServiceClock.FIRST_RESPONSE);
    }

    private List<ClockReading> read(Instant opened, List<Step> steps) {
        return ServiceClockCalculator.read(opened, steps, business, office, 75);
    }

    private static ClockReading clock(List<ClockReading> clocks, ServiceClock which) {
        return clocks.stream().filter(c -> c.clock() == which).findFirst().orElseThrow();
    }

    private static ServiceLevelDetails level(Map<ServiceClock, Target> targets) {
        return new ServiceLevelDetails(1, "Zakelijk", 1, "Kantooruren", targets, true, false, 0);
    }

    private static Instant at(String amsterdamTime) {
        return LocalDateTime.parse(amsterdamTime).atZone(BusinessTime.AMSTERDAM).toInstant();
    }
}
