package nl.loket.tickets.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.loket.tickets.ClockReading;
import nl.loket.tickets.TicketServiceLevel;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The "Servicelevel" panel of a ticket at the desk: the ticket's level and, per clock, its due time
 * and where it stands at {@code now} in words (text keys {@code tickets.desk.sla.*} with their
 * arguments, as {@link HistoryLine} does for the history).
 */
record ServiceLevelPanel(long levelId, String levelName, boolean guaranteed, List<Line> clocks) {

    ServiceLevelPanel {
        clocks = List.copyOf(clocks);
    }

    /**
     * One clock: its target, due time (null while paused), stop time, its state, and the state in
     * words ({@code stateKey} with {@code stateArguments}).
     */
    record Line(
            ServiceClock clock,
            Target target,
            @Nullable Instant due,
            @Nullable Instant stopped,
            ClockState state,
            String stateKey,
            List<Object> stateArguments) {

        public String clockKey() {
            return clock.messageKey();
        }

        /** The target with its unit and what it counts, "4 u werktijd": arguments of {@code tickets.desk.sla.target-text}. */
        public List<Object> targetArguments() {
            return List.of(duration(target.duration()), text(target.basis().messageKey()));
        }

        public String cssClass() {
            return "sla-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String markKey() {
            return "tickets.desk.sla.mark." + state.name();
        }
    }

    /** The panel, or null for a ticket from before service levels. */
    static @Nullable ServiceLevelPanel of(@Nullable TicketServiceLevel level, TicketStatus status, Instant now) {
        if (level == null) {
            return null;
        }
        return new ServiceLevelPanel(
                level.level().id(),
                level.level().name(),
                level.level().guaranteed(),
                level.clocks().stream()
                        .map(reading -> line(reading, status, now))
                        .toList());
    }

    static Line line(ClockReading reading, TicketStatus status, Instant now) {
        var state = ClockState.of(reading, now);
        var prefix = "tickets.desk.sla.state.";
        String key;
        List<Object> arguments;
        switch (state) {
            case PAUSED -> {
                key = status == TicketStatus.WAITING_FOR_CUSTOMER || status == TicketStatus.ON_HOLD
                        ? prefix + "PAUSED." + status.name()
                        : prefix + "PAUSED";
                arguments = List.of();
            }
            case MET, MISSED -> {
                key = prefix + state.name();
                var took = reading.counted();
                if (took == null && reading.stopped() != null) {
                    took = Duration.between(reading.started(), reading.stopped());
                }
                arguments = List.of(duration(took == null ? Duration.ZERO : took));
            }
            case BREACHED -> {
                key = prefix + state.name();
                var due = reading.due();
                arguments = List.of(duration(due == null ? Duration.ZERO : Duration.between(due, now)));
            }
            default -> {
                key = prefix + state.name();
                var due = reading.due();
                arguments = List.of(duration(due == null ? Duration.ZERO : Duration.between(now, due)));
            }
        }
        return new Line(reading.clock(), reading.target(), reading.due(), reading.stopped(), state, key, arguments);
    }

    /** "3 u 30 min", "45 min", "2 u": whole minutes, rounded down. */
    static MessageSourceResolvable duration(Duration duration) {
        var minutes = Math.max(0, duration.toMinutes());
        var hours = minutes / 60;
        var rest = minutes % 60;
        if (hours == 0) {
            return text("tickets.desk.sla.minutes", String.valueOf(rest));
        }
        if (rest == 0) {
            return text("tickets.desk.sla.hours", String.valueOf(hours));
        }
        return text("tickets.desk.sla.hours-minutes", String.valueOf(hours), String.valueOf(rest));
    }

    private static MessageSourceResolvable text(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }
}
