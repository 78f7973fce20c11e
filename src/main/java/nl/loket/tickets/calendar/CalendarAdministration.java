package nl.loket.tickets.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators' changes to business calendars: new calendars, working hours and holiday rules,
 * added days and iCalendar imports. Every change reaches {@link BusinessCalendars} once committed.
 */
@Service
public class CalendarAdministration {

    public static final int MAX_NAME_LENGTH = 100;

    private final BusinessCalendarRepository calendars;
    private final BusinessCalendars reading;
    private final Clock clock;

    CalendarAdministration(BusinessCalendarRepository calendars, BusinessCalendars reading, Clock clock) {
        this.calendars = calendars;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * A new calendar with office hours and the Dutch public holidays, to be changed from there.
     *
     * @throws CalendarProblem when the name is empty or another calendar has it
     */
    @Transactional
    public long create(String name) {
        var cleaned = checkedName(name, null);
        var calendar = calendars.save(
                new BusinessCalendar(cleaned, WeekSchedule.officeHours(), HolidayRules.DUTCH, clock.instant()));
        return calendar.id();
    }

    /**
     * @throws CalendarProblem when the name is empty or taken, or the calendar changed since the administrator read it
     */
    @Transactional
    public boolean change(long id, CalendarChange change) {
        var calendar = calendars.findById(id).orElse(null);
        if (calendar == null) {
            return false;
        }
        if (calendar.version() != change.version()) {
            throw new CalendarProblem(CalendarProblem.Kind.CHANGED_MEANWHILE);
        }
        var name = checkedName(change.name(), id);
        calendar.change(name, change.week(), change.rules(), clock.instant());
        forgetAfterCommit(id);
        return true;
    }

    /**
     * Closes a whole day.
     *
     * @throws CalendarProblem when the day is already a holiday or added, or outside the supported years
     */
    @Transactional
    public boolean addDay(long id, LocalDate date, String name) {
        var calendar = calendars.findById(id).orElse(null);
        if (calendar == null) {
            return false;
        }
        if (date.getYear() < BusinessTime.FIRST_YEAR || date.getYear() > BusinessTime.LAST_YEAR) {
            throw new CalendarProblem(CalendarProblem.Kind.OUT_OF_RANGE);
        }
        var existing = calendar.holidays().closedDays(date.getYear()).get(date);
        if (existing != null) {
            throw new CalendarProblem(
                    existing.isComputed() ? CalendarProblem.Kind.ALREADY_A_HOLIDAY : CalendarProblem.Kind.ALREADY_ADDED,
                    existing);
        }
        calendar.close(new Holiday(date, null, name.strip(), Holiday.Source.ADDED), clock.instant());
        forgetAfterCommit(id);
        return true;
    }

    /** Opens an added day again; computed holidays stay (the calendar's rules decide those). */
    @Transactional
    public boolean removeDay(long id, LocalDate date) {
        var calendar = calendars.findById(id).orElse(null);
        if (calendar == null) {
            return false;
        }
        if (calendar.reopen(date, clock.instant())) {
            forgetAfterCommit(id);
        }
        return true;
    }

    /**
     * Adds the days of an iCalendar file; nothing when the file is malformed.
     *
     * @return what was imported and skipped; empty for an unknown calendar
     * @throws ICalendarFile.Malformed for a file that is not iCalendar or is broken
     */
    @Transactional(rollbackFor = ICalendarFile.Malformed.class)
    public Optional<HolidayImport.Plan> importHolidays(long id, byte[] file) throws ICalendarFile.Malformed {
        var calendar = calendars.findById(id).orElse(null);
        if (calendar == null) {
            return Optional.empty();
        }
        var events = ICalendarFile.read(file, calendar.zone());
        var plan = HolidayImport.plan(events, calendar.holidays());
        var now = clock.instant();
        plan.imported().forEach(day -> calendar.close(day, now));
        if (!plan.imported().isEmpty()) {
            forgetAfterCommit(id);
        }
        return Optional.of(plan);
    }

    private String checkedName(@Nullable String name, @Nullable Long ownId) {
        var cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_NAME_LENGTH) {
            throw new CalendarProblem(CalendarProblem.Kind.NAME_MISSING);
        }
        var other = calendars.findByNameIgnoreCase(cleaned);
        if (other.isPresent() && (ownId == null || other.get().id() != ownId)) {
            throw new CalendarProblem(CalendarProblem.Kind.NAME_TAKEN);
        }
        return cleaned;
    }

    private void forgetAfterCommit(long id) {
        reading.forget(id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reading.forget(id);
            }
        });
    }
}
