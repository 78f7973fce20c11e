package nl.loket.tickets.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.Pauses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
@LoketIntegrationTest
class ServiceLevelsIntegrationTests {

    @Autowired
    ServiceLevels levels;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void best_effort_is_the_default_and_answers_within_one_working_day_without_a_guarantee() {
        var bestEffort = levels.defaultLevel().orElseThrow();

        assertThat(bestEffort.name()).isEqualTo("Best Effort");
        assertThat(bestEffort.guaranteed()).isFalse();
        assertThat(bestEffort.calendarName()).isEqualTo("Kantooruren");
        assertThat(bestEffort.target(ServiceClock.FIRST_RESPONSE)).contains(Target.business(Duration.ofHours(8)));
        assertThat(bestEffort.target(ServiceClock.RESOLUTION)).isEmpty();
        // a question on Friday afternoon is answered by Monday afternoon
        assertThat(levels.dueAt(bestEffort, ServiceClock.FIRST_RESPONSE, at("2025-03-07T16:00"), Pauses.NONE))
                .contains(at("2025-03-10T16:00"));
        assertThat(levels.dueAt(bestEffort, ServiceClock.RESOLUTION, at("2025-03-07T16:00"), Pauses.NONE))
                .isEmpty();
    }

    @Test
    void the_paid_examples_are_guaranteed_one_in_business_hours_and_one_around_the_clock() {
        var business = levels.all().stream()
                .filter(level -> level.name().equals("Zakelijk"))
                .findFirst()
                .orElseThrow();
        var premium = levels.all().stream()
                .filter(level -> level.name().equals("Premium 24x7"))
                .findFirst()
                .orElseThrow();

        assertThat(business.guaranteed()).isTrue();
        assertThat(business.target(ServiceClock.FIRST_RESPONSE)).contains(Target.business(Duration.ofHours(4)));
        assertThat(premium.guaranteed()).isTrue();
        assertThat(premium.calendarName()).isEqualTo("24x7");
        assertThat(levels.dueAt(premium, ServiceClock.FIRST_RESPONSE, at("2025-12-25T03:00"), Pauses.NONE))
                .contains(at("2025-12-25T04:00"));
    }

    @Test
    void a_plan_is_changed_and_can_become_the_default() {
        var id = levels.create("Plan " + UUID.randomUUID().toString().substring(0, 8));
        var created = levels.find(id).orElseThrow();
        var always = calendars.named("24x7").orElseThrow();
        var targets = Map.of(
                ServiceClock.FIRST_RESPONSE, Target.calendar(Duration.ofMinutes(30)),
                ServiceClock.RESOLUTION, Target.business(Duration.ofHours(16)));

        levels.change(id, new ServiceLevelChange(created.name(), always.id(), targets, true, created.version()));

        var changed = levels.find(id).orElseThrow();
        assertThat(changed.targets()).isEqualTo(targets);
        assertThat(changed.calendarName()).isEqualTo("24x7");
        assertThat(changed.guaranteed()).isTrue();
        assertThatThrownBy(() -> levels.change(
                        id, new ServiceLevelChange(created.name(), always.id(), Map.of(), false, created.version())))
                .isInstanceOfSatisfying(ServiceLevelProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(ServiceLevelProblem.Kind.CHANGED_MEANWHILE));

        var bestEffort = levels.defaultLevel().orElseThrow();
        try {
            levels.makeDefault(id);
            assertThat(levels.defaultLevel().orElseThrow().id()).isEqualTo(id);
            assertThat(levels.all()).filteredOn(ServiceLevelDetails::isDefault).hasSize(1);
        } finally {
            levels.makeDefault(bestEffort.id());
        }
    }

    @Test
    void a_changed_plan_and_a_new_default_count_for_the_next_ticket_at_once_not_after_a_minute() {
        var id = levels.create("Snel " + UUID.randomUUID().toString().substring(0, 8));
        var created = levels.cached(id).orElseThrow();
        var targets = Map.of(ServiceClock.FIRST_RESPONSE, Target.calendar(Duration.ofMinutes(15)));

        levels.change(
                id, new ServiceLevelChange(created.name(), created.calendarId(), targets, true, created.version()));

        assertThat(levels.cached(id).orElseThrow().targets()).isEqualTo(targets);
        var bestEffort = levels.cachedDefault().orElseThrow();
        try {
            levels.makeDefault(id);
            assertThat(levels.cachedDefault().orElseThrow().id()).isEqualTo(id);
        } finally {
            levels.makeDefault(bestEffort.id());
        }
        assertThat(levels.cachedDefault().orElseThrow().id()).isEqualTo(bestEffort.id());
    }

    private static Instant at(String amsterdamTime) {
        return LocalDateTime.parse(amsterdamTime).atZone(BusinessTime.AMSTERDAM).toInstant();
    }
}
