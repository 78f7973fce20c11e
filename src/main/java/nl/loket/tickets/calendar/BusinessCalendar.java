package nl.loket.tickets.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar as administrators keep it: a name, working hours per weekday, which public
 * holidays apply, and the days added to it. {@link #businessTime()} turns it into arithmetic.
 */
@Entity
@Table(name = "business_calendar")
class BusinessCalendar {

    /** One working interval of one weekday (ISO number, Monday = 1). */
    @Embeddable
    record HoursRow(int dayOfWeek, int startMinute, int endMinute) {}

    /** A whole day the calendar is closed besides its public holidays. */
    @Embeddable
    record ClosedDayRow(
            @Column(name = "closed_on") LocalDate closedOn,
            String name,
            @Enumerated(EnumType.STRING) Holiday.Source origin) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private String timeZone;

    private boolean dutchHolidays;

    private boolean goodFriday;

    @Enumerated(EnumType.STRING)
    private LiberationDay liberationDay;

    @ElementCollection
    @CollectionTable(name = "business_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<HoursRow> hours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_closed_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<ClosedDayRow> closedDays = new HashSet<>();

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected BusinessCalendar() {
        this.name = "";
        this.timeZone = BusinessTime.AMSTERDAM.getId();
        this.liberationDay = LiberationDay.NEVER;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    BusinessCalendar(String name, WeekSchedule week, HolidayRules rules, Instant now) {
        this.name = name;
        this.timeZone = BusinessTime.AMSTERDAM.getId();
        this.liberationDay = rules.liberationDay();
        this.createdAt = now;
        this.updatedAt = now;
        change(name, week, rules, now);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Calendar has not been saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    HolidayRules rules() {
        return new HolidayRules(dutchHolidays, goodFriday, liberationDay);
    }

    WeekSchedule week() {
        var days = new EnumMap<DayOfWeek, List<WorkingInterval>>(DayOfWeek.class);
        for (var row : hours) {
            days.computeIfAbsent(DayOfWeek.of(row.dayOfWeek()), day -> new ArrayList<>())
                    .add(new WorkingInterval(row.startMinute(), row.endMinute()));
        }
        return WeekSchedule.of(days);
    }

    List<Holiday> addedDays() {
        return closedDays.stream()
                .map(row -> new Holiday(row.closedOn(), null, row.name(), row.origin()))
                .sorted()
                .toList();
    }

    Holidays holidays() {
        return Holidays.of(rules(), addedDays());
    }

    BusinessTime businessTime() {
        return BusinessTime.of(zone(), week(), holidays());
    }

    void change(String name, WeekSchedule week, HolidayRules rules, Instant now) {
        this.name = name;
        this.dutchHolidays = rules.dutchHolidays();
        this.goodFriday = rules.goodFriday();
        this.liberationDay = rules.liberationDay();
        var rows = new HashSet<HoursRow>();
        for (var day : DayOfWeek.values()) {
            for (var interval : week.on(day)) {
                rows.add(new HoursRow(day.getValue(), interval.startMinute(), interval.endMinute()));
            }
        }
        hours.retainAll(rows);
        hours.addAll(rows);
        this.updatedAt = now;
    }

    Optional<Holiday> addedDay(LocalDate date) {
        return addedDays().stream().filter(day -> day.date().equals(date)).findFirst();
    }

    /** Adds a closed day; the caller has checked that the day is free. */
    void close(Holiday day, Instant now) {
        if (day.isComputed() || addedDay(day.date()).isPresent()) {
            throw new IllegalArgumentException("Already closed: " + day);
        }
        closedDays.add(new ClosedDayRow(day.date(), day.name(), day.source()));
        this.updatedAt = now;
    }

    /** Removes an added day; false when the day was not added. */
    boolean reopen(LocalDate date, Instant now) {
        var removed = closedDays.removeIf(row -> row.closedOn().equals(date));
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }
}
