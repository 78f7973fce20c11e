package nl.loket.tickets.servicelevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.BusinessTime;
import nl.loket.tickets.calendar.CalendarSummary;
import nl.loket.tickets.calendar.Pauses;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service level plans: reading them, when a clock of a plan falls due, and the administrators'
 * changes. Exactly one plan is the default, which customers and guests get unless told otherwise.
 */
@Service
public class ServiceLevels {

    public static final int MAX_NAME_LENGTH = 100;

    /** How long the plans in memory may miss a change made on another node. */
    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private record Loaded(Map<Long, ServiceLevelDetails> byId, Instant at) {}

    private final ServiceLevelRepository levels;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private volatile @Nullable Loaded loaded;

    ServiceLevels(
            ServiceLevelRepository levels,
            BusinessCalendars calendars,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.levels = levels;
        this.calendars = calendars;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A plan from memory, for every ticket that changes: reloaded after a change on this node at
     * once, after one on another node within {@link #RELOAD_AFTER}.
     */
    public Optional<ServiceLevelDetails> cached(long id) {
        return Optional.ofNullable(plans().get(id));
    }

    /** The default plan from memory (see {@link #cached}). */
    public Optional<ServiceLevelDetails> cachedDefault() {
        return plans().values().stream().filter(ServiceLevelDetails::isDefault).findFirst();
    }

    /** The business time a plan's clocks run in. */
    public BusinessTime calendarOf(ServiceLevelDetails level) {
        return calendars
                .businessTime(level.calendarId())
                .orElseGet(() -> BusinessTime.alwaysOpen(BusinessTime.AMSTERDAM));
    }

    private Map<Long, ServiceLevelDetails> plans() {
        var now = clock.instant();
        var kept = loaded;
        if (kept != null && kept.at().plus(RELOAD_AFTER).isAfter(now)) {
            return kept.byId();
        }
        var fresh = readOnly.execute(status ->
                all().stream().collect(Collectors.toUnmodifiableMap(ServiceLevelDetails::id, level -> level)));
        loaded = new Loaded(fresh, now);
        return fresh;
    }

    private void forget() {
        loaded = null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                loaded = null;
            }
        });
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
        forget();
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
        forget();
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
        forget();
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
