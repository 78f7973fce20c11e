package nl.loket.tickets.servicelevel;

import java.util.Map;

/** New settings for a plan, made from the version of it the administrator saw; a clock left out has no target. */
public record ServiceLevelChange(
        String name, long calendarId, Map<ServiceClock, Target> targets, boolean guaranteed, long version) {

    public ServiceLevelChange {
        targets = Map.copyOf(targets);
    }
}
