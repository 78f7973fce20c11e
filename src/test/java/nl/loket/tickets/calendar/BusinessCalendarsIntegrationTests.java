package nl.loket.tickets.calendar;

import static nl.loket.tickets.calendar.Calendars.at;
import static nl.loket.tickets.calendar.Calendars.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
@LoketIntegrationTest
class BusinessCalendarsIntegrationTests {

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    CalendarAdministration administration;

    @Test
    void loket_ships_office_hours_with_dutch_holidays_and_an_always_open_calendar() {
        var office = calendars.named("Kantooruren").orElseThrow();
        var always = calendars.named("24x7").orElseThrow();

        assertThat(office.week()).isEqualTo(WeekSchedule.officeHours());
        assertThat(office.rules()).isEqualTo(HolidayRules.DUTCH);
        assertThat(office.zone()).isEqualTo(BusinessTime.AMSTERDAM);
        assertThat(always.week()).isEqualTo(WeekSchedule.alwaysOpen());
        assertThat(always.rules().dutchHolidays()).isFalse();
        var officeTime = calendars.businessTime(office.id()).orElseThrow();
        assertThat(local(officeTime.plus(at("2025-12-24 16:00"), Duration.ofHours(2))))
                .isEqualTo("2025-12-29 10:00");
        var alwaysTime = calendars.businessTime(always.id()).orElseThrow();
        assertThat(alwaysTime.plus(at("2025-12-24 16:00"), Duration.ofHours(2))).isEqualTo(at("2025-12-24 18:00"));
    }

    @Test
    void changed_hours_and_rules_are_kept_and_used_at_once() {
        var id = administration.create(uniqueName());
        var before = calendars.businessTime(id).orElseThrow();
        assertThat(local(before.plus(at("2025-03-03 12:00"), Duration.ofHours(1))))
                .isEqualTo("2025-03-03 13:00");
        var lunch = List.of(WorkingInterval.of("09:00", "12:30"), WorkingInterval.of("13:00", "17:00"));
        var week = WeekSchedule.of(
                Map.of(DayOfWeek.MONDAY, lunch, DayOfWeek.SATURDAY, List.of(WorkingInterval.of("10:00", "14:00"))));
        var rules = new HolidayRules(true, true, LiberationDay.EVERY_YEAR);
        var details = calendars.find(id).orElseThrow();

        administration.change(id, new CalendarChange(details.name() + " b", week, rules, details.version()));

        var after = calendars.find(id).orElseThrow();
        assertThat(after.week()).isEqualTo(week);
        assertThat(after.rules()).isEqualTo(rules);
        assertThat(after.name()).isEqualTo(details.name() + " b");
        assertThat(local(calendars.businessTime(id).orElseThrow().plus(at("2025-03-03 12:00"), Duration.ofHours(1))))
                .isEqualTo("2025-03-03 13:30");
    }

    @Test
    void a_change_made_from_an_old_version_is_refused() {
        var id = administration.create(uniqueName());
        var seen = calendars.find(id).orElseThrow();
        administration.change(
                id, new CalendarChange(seen.name(), WeekSchedule.alwaysOpen(), HolidayRules.NONE, seen.version()));

        assertThatThrownBy(() -> administration.change(
                        id,
                        new CalendarChange(
                                seen.name(), WeekSchedule.officeHours(), HolidayRules.DUTCH, seen.version())))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(CalendarProblem.Kind.CHANGED_MEANWHILE));
        assertThat(calendars.find(id).orElseThrow().week()).isEqualTo(WeekSchedule.alwaysOpen());
    }

    @Test
    void two_calendars_cannot_share_a_name() {
        var name = uniqueName();
        administration.create(name);

        assertThatThrownBy(() -> administration.create(name.toUpperCase()))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(CalendarProblem.Kind.NAME_TAKEN));
    }

    @Test
    void an_added_day_closes_the_calendar_until_it_is_removed_again() {
        var id = administration.create(uniqueName());

        administration.addDay(id, LocalDate.of(2025, 5, 30), "Brugdag");

        assertThat(calendars.holidays(id, 2025).orElseThrow()).anySatisfy(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2025, 5, 30));
            assertThat(day.name()).isEqualTo("Brugdag");
            assertThat(day.source()).isEqualTo(Holiday.Source.ADDED);
        });
        assertThat(local(calendars.businessTime(id).orElseThrow().plus(at("2025-05-28 16:00"), Duration.ofHours(2))))
                .isEqualTo("2025-06-02 10:00");

        administration.removeDay(id, LocalDate.of(2025, 5, 30));

        assertThat(calendars.holidays(id, 2025).orElseThrow())
                .noneMatch(day -> day.name().equals("Brugdag"));
        assertThat(local(calendars.businessTime(id).orElseThrow().plus(at("2025-05-28 16:00"), Duration.ofHours(2))))
                .isEqualTo("2025-05-30 10:00");
    }

    @Test
    void a_day_that_is_already_closed_cannot_be_added() {
        var id = administration.create(uniqueName());
        administration.addDay(id, LocalDate.of(2025, 5, 30), "Brugdag");

        assertThatThrownBy(() -> administration.addDay(id, LocalDate.of(2025, 12, 25), "Kerst"))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(CalendarProblem.Kind.ALREADY_A_HOLIDAY);
                    assertThat(problem.holiday().kind()).isEqualTo(HolidayKind.CHRISTMAS_DAY);
                });
        assertThatThrownBy(() -> administration.addDay(id, LocalDate.of(2025, 5, 30), "Nog eens"))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> assertThat(problem.kind())
                        .isEqualTo(CalendarProblem.Kind.ALREADY_ADDED));
    }

    @Test
    void an_import_adds_its_days_and_a_broken_file_adds_none() throws Exception {
        var id = administration.create(uniqueName());
        var ics =
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251229
                DTEND;VALUE=DATE:20260101
                SUMMARY:Kerstsluiting
                END:VEVENT
                END:VCALENDAR
                """;

        var plan = administration
                .importHolidays(id, ics.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();

        assertThat(plan.imported()).hasSize(3);
        assertThat(calendars.holidays(id, 2025).orElseThrow())
                .filteredOn(day -> day.source() == Holiday.Source.IMPORTED)
                .extracting(Holiday::date)
                .containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31));

        var broken = ics.replace("20251229", "20250601").replace("END:VCALENDAR", "");
        assertThatThrownBy(() -> administration.importHolidays(id, broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ICalendarFile.Malformed.class);
        assertThat(calendars.holidays(id, 2025).orElseThrow())
                .noneMatch(day -> day.date().equals(LocalDate.of(2025, 6, 1)));
    }

    private static String uniqueName() {
        return "Test " + UUID.randomUUID().toString().substring(0, 8);
    }
}
