package nl.loket.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.Pause;
import nl.loket.tickets.calendar.Pauses;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevelDetails;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ticket's service level clocks from its history. Pure: the same history, level, calendar
 * and moment give the same readings, so the clocks can be computed again after any change.
 *
 * <ul>
 *   <li><b>First response</b> runs from the opening to the team's first reply; a ticket resolved or
 *       closed before any reply stops it too.
 *   <li><b>Next response</b> runs, after the first reply, from a customer message the team has not
 *       answered yet to the team's next reply (or the ticket's resolution). Only the latest cycle is
 *       read: earlier ones were answered.
 *   <li><b>Resolution</b> runs from the opening to the moment the ticket was last resolved or closed;
 *       a resolution the customer reopened counts as a pause.
 * </ul>
 *
 * All clocks stand still while the ticket waits for the customer or is on hold.
 */
final class ServiceClockCalculator {

    /** One step of a ticket's history that the clocks care about. */
    sealed interface Step {
        Instant at();

        record StatusChanged(Instant at, TicketStatus to) implements Step {}

        record StaffReplied(Instant at) implements Step {}

        record CustomerReplied(Instant at) implements Step {}
    }

    static final String BY_REPLY = "REPLY";

    private static final Set<TicketStatus> PAUSING =
            EnumSet.of(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.ON_HOLD);
    private static final Set<TicketStatus> DONE = EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

    private ServiceClockCalculator() {}

    /**
     * The readings of every clock the level has a target for.
     *
     * @param steps the ticket's steps after its opening, in the order they happened
     * @param warnPercent how much of a target is used when the warning time comes
     */
    static List<ClockReading> read(
            Instant opened, List<Step> steps, ServiceLevelDetails level, BusinessTime calendar, int warnPercent) {
        var status = TicketStatus.NEW;
        var pauses = new ArrayList<Pause>();
        var resolutionPauses = new ArrayList<Pause>();
        @Nullable Instant pausedSince = null;
        @Nullable Instant doneSince = null;
        @Nullable TicketStatus doneAs = null;

        @Nullable Instant firstStop = null;
        @Nullable String firstStopBy = null;
        @Nullable Instant cycleStart = null;
        @Nullable Instant cycleStop = null;
        @Nullable String cycleStopBy = null;

        for (var step : steps) {
            var at = step.at();
            switch (step) {
                case Step.StaffReplied replied -> {
                    if (firstStop == null) {
                        firstStop = at;
                        firstStopBy = BY_REPLY;
                    } else if (cycleStart != null && cycleStop == null) {
                        cycleStop = at;
                        cycleStopBy = BY_REPLY;
                    }
                }
                case Step.CustomerReplied replied -> {
                    if (firstStop != null && (cycleStart == null || cycleStop != null)) {
                        cycleStart = at;
                        cycleStop = null;
                        cycleStopBy = null;
                    }
                }
                case Step.StatusChanged changed -> {
                    var to = changed.to();
                    if (PAUSING.contains(status) && !PAUSING.contains(to) && pausedSince != null) {
                        pauses.add(Pause.between(pausedSince, at));
                        resolutionPauses.add(Pause.between(pausedSince, at));
                        pausedSince = null;
                    }
                    if (PAUSING.contains(to) && !PAUSING.contains(status)) {
                        pausedSince = at;
                    }
                    if (DONE.contains(to) && !DONE.contains(status)) {
                        doneSince = at;
                        doneAs = to;
                        if (firstStop == null) {
                            firstStop = at;
                            firstStopBy = to.name();
                        }
                        if (cycleStart != null && cycleStop == null) {
                            cycleStop = at;
                            cycleStopBy = to.name();
                        }
                    }
                    if (!DONE.contains(to) && DONE.contains(status) && doneSince != null) {
                        resolutionPauses.add(Pause.between(doneSince, at));
                        doneSince = null;
                        doneAs = null;
                    }
                    status = to;
                }
            }
        }
        if (pausedSince != null) {
            pauses.add(Pause.since(pausedSince));
            resolutionPauses.add(Pause.since(pausedSince));
        }
        var readings = new ArrayList<ClockReading>();
        var responsePauses = Pauses.of(pauses);
        reading(
                        level,
                        ServiceClock.FIRST_RESPONSE,
                        opened,
                        firstStop,
                        firstStopBy,
                        responsePauses,
                        calendar,
                        warnPercent)
                .ifPresent(readings::add);
        if (cycleStart != null) {
            reading(
                            level,
                            ServiceClock.NEXT_RESPONSE,
                            cycleStart,
                            cycleStop,
                            cycleStopBy,
                            responsePauses,
                            calendar,
                            warnPercent)
                    .ifPresent(readings::add);
        }
        reading(
                        level,
                        ServiceClock.RESOLUTION,
                        opened,
                        doneSince,
                        doneAs == null ? null : doneAs.name(),
                        Pauses.of(resolutionPauses),
                        calendar,
                        warnPercent)
                .ifPresent(readings::add);
        return readings;
    }

    private static Optional<ClockReading> reading(
            ServiceLevelDetails level,
            ServiceClock clock,
            Instant start,
            @Nullable Instant stop,
            @Nullable String stopBy,
            Pauses pauses,
            BusinessTime calendar,
            int warnPercent) {
        return level.target(clock).map(target -> {
            // A stopped clock's due time is the one it had when it stopped: later pauses do not count.
            var counting = stop == null ? pauses : until(pauses, stop);
            var due = target.dueAt(start, counting, calendar).orElse(null);
            var warn =
                    target.partReachedAt(start, counting, calendar, warnPercent).orElse(null);
            var counted = stop == null ? null : target.counted(start, stop, pauses, calendar);
            return new ClockReading(clock, target, start, due, warn, stop, stopBy, counted);
        });
    }

    /** The pauses as they stood at {@code end}: later ones left out, one going on then ended there. */
    private static Pauses until(Pauses pauses, Instant end) {
        var cut = new ArrayList<Pause>();
        for (var pause : pauses.list()) {
            if (!pause.from().isBefore(end)) {
                break;
            }
            var until = pause.until();
            cut.add(Pause.between(pause.from(), until == null || until.isAfter(end) ? end : until));
        }
        return Pauses.of(cut);
    }
}
