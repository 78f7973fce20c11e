package nl.loket.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.loket.tickets.ClockReading;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.Target;
import nl.loket.tickets.servicelevel.TimeBasis;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** How the desk words a service level clock: the state an agent acts on, and the time it took. */
class ServiceLevelPanelTests {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final Target HOUR = new Target(60, TimeBasis.CALENDAR);

    private final ReloadableResourceBundleMessageSource messages = messages();

    @Test
    void a_running_clock_before_its_warning_is_on_track_with_the_time_left() {
        var line = line(running(), START.plusSeconds(10 * 60), TicketStatus.OPEN);

        assertThat(line.state()).isEqualTo(ClockState.RUNNING);
        assertThat(dutch(line)).isEqualTo("Op schema: nog 50 min");
    }

    @Test
    void past_the_warning_time_the_clock_is_almost_late() {
        var line = line(running(), START.plusSeconds(50 * 60), TicketStatus.OPEN);

        assertThat(line.state()).isEqualTo(ClockState.AT_RISK);
        assertThat(dutch(line)).isEqualTo("Bijna te laat: nog 10 min");
        assertThat(line.cssClass()).isEqualTo("sla-at-risk");
    }

    @Test
    void past_the_due_time_a_running_clock_is_late_by_so_much() {
        var line = line(running(), START.plusSeconds(135 * 60), TicketStatus.OPEN);

        assertThat(line.state()).isEqualTo(ClockState.BREACHED);
        assertThat(dutch(line)).isEqualTo("Te laat: 1 u 15 min over de tijd");
    }

    @Test
    void a_paused_clock_says_why_it_stands_still() {
        var paused = reading(null, null, null, null);

        assertThat(dutch(line(paused, START.plusSeconds(7200), TicketStatus.WAITING_FOR_CUSTOMER)))
                .isEqualTo("Klok staat stil: wacht op klant");
        assertThat(dutch(line(paused, START.plusSeconds(7200), TicketStatus.ON_HOLD)))
                .isEqualTo("Klok staat stil: in de wacht");
        assertThat(line(paused, START, TicketStatus.ON_HOLD).state()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void a_stopped_clock_is_met_or_missed_with_the_time_it_counted() {
        var met = reading(
                START.plusSeconds(3600), START.plusSeconds(2700), START.plusSeconds(3000), Duration.ofMinutes(50));
        var missed = reading(
                START.plusSeconds(3600), START.plusSeconds(2700), START.plusSeconds(210 * 60), Duration.ofMinutes(210));

        assertThat(dutch(line(met, START.plusSeconds(99_999), TicketStatus.OPEN)))
                .isEqualTo("Gehaald: binnen 50 min");
        assertThat(dutch(line(missed, START.plusSeconds(99_999), TicketStatus.OPEN)))
                .isEqualTo("Niet gehaald: na 3 u 30 min");
        assertThat(line(missed, START, TicketStatus.OPEN).state()).isEqualTo(ClockState.MISSED);
    }

    @Test
    void durations_are_whole_hours_and_minutes_in_the_reader_s_language() {
        assertThat(messages.getMessage(ServiceLevelPanel.duration(Duration.ofHours(4)), Locale.forLanguageTag("nl")))
                .isEqualTo("4 u");
        assertThat(messages.getMessage(ServiceLevelPanel.duration(Duration.ofMinutes(90)), Locale.ENGLISH))
                .isEqualTo("1 h 30 min");
    }

    @Test
    void a_ticket_from_before_service_levels_has_no_panel() {
        assertThat(ServiceLevelPanel.of(null, TicketStatus.OPEN, START)).isNull();
    }

    private static ClockReading running() {
        return reading(START.plusSeconds(3600), START.plusSeconds(2700), null, null);
    }

    private static ClockReading reading(
            @Nullable Instant due, @Nullable Instant warn, @Nullable Instant stopped, @Nullable Duration counted) {
        return new ClockReading(
                ServiceClock.FIRST_RESPONSE,
                HOUR,
                START,
                due,
                warn,
                stopped,
                stopped == null ? null : "REPLY",
                counted);
    }

    private static ServiceLevelPanel.Line line(ClockReading reading, Instant now, TicketStatus status) {
        return ServiceLevelPanel.line(reading, status, now);
    }

    private String dutch(ServiceLevelPanel.Line line) {
        return messages.getMessage(line.stateKey(), line.stateArguments().toArray(), Locale.forLanguageTag("nl"));
    }

    private static ReloadableResourceBundleMessageSource messages() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
