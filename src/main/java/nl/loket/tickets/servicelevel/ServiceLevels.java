package nl.loket.tickets.servicelevel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.CalendarSummary;
import nl.loket.tickets.calendar.Pauses;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service level plans: reading them, when a clock of a plan falls due, and the administrators'
 * changes. Exactly one plan is the default, which customers and guests get unless told otherwise.
 */
@Service
public class ServiceLevels {

    public static final int MAX_NAME_LENGTH = 100;

    private final ServiceLevelRepository levels;
    private final BusinessCalendars calendars;
    private final Clock clock;

    ServiceLevels(ServiceLevelRepository levels, BusinessCalendars calendars, Clock clock) {
        this.levels = levels;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ServiceLevelDetails> all() {
        var names = calendarNames();
        return levels.findAllByOrderByNameAsc().stream()
                .map(level -> level.details(nameOf(names, level.calendarId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceLevelDetails> find(long id) {
        return levels.findById(id).map(level -> level.details(nameOf(calendarNames(), level.calendarId())));
    }

    /** The plan new customers and guests get. */
    @Transactional(readOnly = true)
    public Optional<ServiceLevelDetails> defaultLevel() {
        return levels.findByIsDefaultTrue().stream()
                .findFirst()
                .map(level -> level.details(nameOf(calendarNames(), level.calendarId())));
    }

    /**
     * When {@code clock} of {@code level}, started at {@code start}, reaches its target; empty when
     * the plan has no target for that clock or a pause still holds it.
     */
    public Optional<Instant> dueAt(ServiceLevelDetails level, ServiceClock clock, Instant start, Pauses pauses) {
        var target = level.target(clock);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        var calendar = calendars.businessTime(level.calendarId()).orElseThrow();
        return target.get().dueAt(start, pauses, calendar);
    }

    /** @throws ServiceLevelProblem when the name is empty or taken */
    @Transactional
    public long create(String name) {
        var cleaned = checkedName(name, null);
        var calendar = calendars
                .named("Kantooruren")
                .or(() -> calendars.all().stream().findFirst().flatMap(c -> calendars.find(c.id())))
                .orElseThrow(() -> new ServiceLevelProblem(ServiceLevelProblem.Kind.UNKNOWN_CALENDAR));
        return levels.save(new ServiceLevel(cleaned, calendar.id(), clock.instant()))
                .id();
    }

    /** @throws ServiceLevelProblem for an empty or taken name, an unknown calendar, or a change made meanwhile */
    @Transactional
    public boolean change(long id, ServiceLevelChange change) {
        var level = levels.findById(id).orElse(null);
        if (level == null) {
            return false;
        }
        if (level.version() != change.version()) {
            throw new ServiceLevelProblem(ServiceLevelProblem.Kind.CHANGED_MEANWHILE);
        }
        if (calendars.find(change.calendarId()).isEmpty()) {
            throw new ServiceLevelProblem(ServiceLevelProblem.Kind.UNKNOWN_CALENDAR);
        }
        var name = checkedName(change.name(), id);
        level.change(
                new ServiceLevelChange(
                        name, change.calendarId(), change.targets(), change.guaranteed(), change.version()),
                clock.instant());
        return true;
    }

    /** Makes this plan the default and the previous default an ordinary plan. */
    @Transactional
    public boolean makeDefault(long id) {
        var level = levels.findById(id).orElse(null);
        if (level == null) {
            return false;
        }
        var now = clock.instant();
        levels.findByIsDefaultTrue().forEach(other -> other.makeDefault(false, now));
        level.makeDefault(true, now);
        return true;
    }

    private String checkedName(@Nullable String name, @Nullable Long ownId) {
        var cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_NAME_LENGTH) {
            throw new ServiceLevelProblem(ServiceLevelProblem.Kind.NAME_MISSING);
        }
        var other = levels.findByNameIgnoreCase(cleaned);
        if (other.isPresent() && (ownId == null || other.get().id() != ownId)) {
            throw new ServiceLevelProblem(ServiceLevelProblem.Kind.NAME_TAKEN);
        }
        return cleaned;
    }

    private List<CalendarSummary> calendarNames() {
        return calendars.all();
    }

    private static String nameOf(List<CalendarSummary> calendars, long id) {
        return calendars.stream()
                .filter(calendar -> calendar.id() == id)
                .map(CalendarSummary::name)
                .findFirst()
                .orElse("?");
    }
}
