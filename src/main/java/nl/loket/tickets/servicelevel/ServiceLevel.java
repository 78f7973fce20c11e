package nl.loket.tickets.servicelevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A service level plan as administrators keep it; its calendar is referred to by id. */
@Entity
@Table(name = "service_level")
class ServiceLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private long calendarId;

    private @Nullable Integer firstResponseMinutes;

    @Enumerated(EnumType.STRING)
    private @Nullable TimeBasis firstResponseTime;

    private @Nullable Integer nextResponseMinutes;

    @Enumerated(EnumType.STRING)
    private @Nullable TimeBasis nextResponseTime;

    private @Nullable Integer resolutionMinutes;

    @Enumerated(EnumType.STRING)
    private @Nullable TimeBasis resolutionTime;

    private boolean guaranteed;

    @Column(name = "is_default")
    private boolean isDefault;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected ServiceLevel() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ServiceLevel(String name, long calendarId, Instant now) {
        this.name = name;
        this.calendarId = calendarId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Service level has not been saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    boolean isDefault() {
        return isDefault;
    }

    ServiceLevelDetails details(String calendarName) {
        var targets = new EnumMap<ServiceClock, Target>(ServiceClock.class);
        put(targets, ServiceClock.FIRST_RESPONSE, firstResponseMinutes, firstResponseTime);
        put(targets, ServiceClock.NEXT_RESPONSE, nextResponseMinutes, nextResponseTime);
        put(targets, ServiceClock.RESOLUTION, resolutionMinutes, resolutionTime);
        return new ServiceLevelDetails(id(), name, calendarId, calendarName, targets, guaranteed, isDefault, version);
    }

    long calendarId() {
        return calendarId;
    }

    void change(ServiceLevelChange change, Instant now) {
        this.name = change.name();
        this.calendarId = change.calendarId();
        this.guaranteed = change.guaranteed();
        var first = change.targets().get(ServiceClock.FIRST_RESPONSE);
        var next = change.targets().get(ServiceClock.NEXT_RESPONSE);
        var resolution = change.targets().get(ServiceClock.RESOLUTION);
        this.firstResponseMinutes = first == null ? null : first.minutes();
        this.firstResponseTime = first == null ? null : first.basis();
        this.nextResponseMinutes = next == null ? null : next.minutes();
        this.nextResponseTime = next == null ? null : next.basis();
        this.resolutionMinutes = resolution == null ? null : resolution.minutes();
        this.resolutionTime = resolution == null ? null : resolution.basis();
        this.updatedAt = now;
    }

    void makeDefault(boolean isDefault, Instant now) {
        if (this.isDefault != isDefault) {
            this.isDefault = isDefault;
            this.updatedAt = now;
        }
    }

    private static void put(
            Map<ServiceClock, Target> targets,
            ServiceClock clock,
            @Nullable Integer minutes,
            @Nullable TimeBasis basis) {
        if (minutes != null && basis != null) {
            targets.put(clock, new Target(minutes, basis));
        }
    }
}
