package nl.loket.tickets.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The business calendars, for reading: the list, one calendar's settings and holidays, and its
 * {@link BusinessTime} for computing due times. Business time is kept in memory per calendar (its
 * year tables are the expensive part) and reloaded after a change on this node at once, after a
 * change on another node within {@link #RELOAD_AFTER}.
 */
@Service
public class BusinessCalendars {

    /** How long a calendar in memory may miss a change made on another node. */
    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private record Loaded(BusinessTime time, Instant at) {}

    private final BusinessCalendarRepository calendars;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Loaded> loaded = new ConcurrentHashMap<>();
    /** Counts changes, so that a calendar read while one was committed is not kept. */
    private final AtomicLong changes = new AtomicLong();

    BusinessCalendars(BusinessCalendarRepository calendars, PlatformTransactionManager transactions, Clock clock) {
        this.calendars = calendars;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    public List<CalendarSummary> all() {
        return readOnly.execute(status -> calendars.findAllByOrderByNameAsc().stream()
                .map(calendar -> new CalendarSummary(
                        calendar.id(),
                        calendar.name(),
                        calendar.week(),
                        calendar.rules(),
                        calendar.addedDays().size()))
                .toList());
    }

    public Optional<CalendarDetails> find(long id) {
        return readOnly.execute(status -> calendars.findById(id).map(BusinessCalendars::details));
    }

    /** The calendar named so (ignoring case), such as the shipped "Kantooruren" and "24x7". */
    public Optional<CalendarDetails> named(String name) {
        return readOnly.execute(status -> calendars.findByNameIgnoreCase(name).map(BusinessCalendars::details));
    }

    /**
     * The public holidays and added days of a year, in date order.
     *
     * @throws CalendarProblem of kind {@code OUT_OF_RANGE} for a year business time is not computed for
     */
    public Optional<List<Holiday>> holidays(long id, int year) {
        if (year < BusinessTime.FIRST_YEAR || year > BusinessTime.LAST_YEAR) {
            throw new CalendarProblem(CalendarProblem.Kind.OUT_OF_RANGE);
        }
        return readOnly.execute(status ->
                calendars.findById(id).map(calendar -> calendar.holidays().in(year)));
    }

    /** Business-time arithmetic in this calendar; empty for an unknown id. */
    public Optional<BusinessTime> businessTime(long id) {
        var now = clock.instant();
        var kept = loaded.get(id);
        if (kept != null && kept.at().plus(RELOAD_AFTER).isAfter(now)) {
            return Optional.of(kept.time());
        }
        var changesBefore = changes.get();
        var fresh = readOnly.execute(status -> calendars.findById(id).map(BusinessCalendar::businessTime));
        if (fresh.isPresent() && changes.get() == changesBefore) {
            loaded.put(id, new Loaded(fresh.get(), now));
        }
        return fresh;
    }

    /** Called once a change to a calendar is committed. */
    void forget(long id) {
        changes.incrementAndGet();
        loaded.remove(id);
    }

    static CalendarDetails details(BusinessCalendar calendar) {
        return new CalendarDetails(
                calendar.id(), calendar.name(), calendar.zone(), calendar.week(), calendar.rules(), calendar.version());
    }
}
