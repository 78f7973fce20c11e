package nl.loket.tickets.servicelevel;

import java.util.Map;
import java.util.Optional;

/**
 * A service level plan: its calendar, a target per clock it has (a clock without a target is not
 * measured), whether the targets are guaranteed or best effort, and whether new tickets get it.
 */
public record ServiceLevelDetails(
        long id,
        String name,
        long calendarId,
        String calendarName,
        Map<ServiceClock, Target> targets,
        boolean guaranteed,
        boolean isDefault,
        long version) {

    public ServiceLevelDetails {
        targets = Map.copyOf(targets);
    }

    public Optional<Target> target(ServiceClock clock) {
        return Optional.ofNullable(targets.get(clock));
    }
}
