package nl.loket.tickets.calendar.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.calendar.CalendarAdministration;
import nl.loket.tickets.calendar.Holiday;
import nl.loket.tickets.calendar.LiberationDay;
import nl.loket.tickets.calendar.WorkingInterval;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
class CalendarAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    CalendarAdministration administration;

    @Test
    void the_list_shows_the_shipped_calendars_in_dutch_and_english() throws Exception {
        mvc.perform(get("/admin/calendars"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kantooruren"),
                                containsString("24x7"),
                                containsString("40,0 uur per week"),
                                containsString("168,0 uur per week"),
                                containsString("Nederlandse feestdagen"))));
        mvc.perform(get("/admin/calendars").header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(containsString("40.0 hours a week"), containsString("Dutch public holidays"))));
    }

    @Test
    void a_calendar_shows_the_holidays_of_the_chosen_year() throws Exception {
        var office = calendars.named("Kantooruren").orElseThrow();

        mvc.perform(get("/admin/calendars/{id}", office.id()).param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Feestdagen en vrije dagen in 2025"),
                                containsString("zaterdag 26 april 2025"),
                                containsString("Koningsdag"),
                                containsString("maandag 5 mei 2025"),
                                containsString("Bevrijdingsdag"),
                                containsString("vrijdag 26 december 2025"))));
        mvc.perform(get("/admin/calendars/{id}", office.id())
                        .param("year", "2026")
                        .header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Holidays and days off in 2026"),
                                containsString("Monday 27 April 2026"),
                                containsString("Ascension Day"),
                                not(containsString("Liberation Day</td>")))));
    }

    @Test
    void a_year_outside_the_supported_years_shows_this_year_with_a_message() throws Exception {
        var office = calendars.named("Kantooruren").orElseThrow();

        mvc.perform(get("/admin/calendars/{id}", office.id()).param("year", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een jaar van 1980 tot en met 2999.")));
        mvc.perform(get("/admin/calendars/{id}", office.id()).param("year", "volgend jaar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een jaar van 1980 tot en met 2999.")));
    }

    @Test
    void new_hours_with_a_lunch_break_and_a_saturday_are_saved() throws Exception {
        var id = administration.create(uniqueName());
        var calendar = calendars.find(id).orElseThrow();

        mvc.perform(settings(
                        id,
                        calendar.name(),
                        calendar.version(),
                        "monday",
                        "9:00-12:30, 13:00-17:00",
                        "saturday",
                        "10.00-14.00",
                        "dutchHolidays",
                        "true",
                        "goodFriday",
                        "true",
                        "liberationDay",
                        "EVERY_YEAR"))
                .andExpect(redirectedUrl("/admin/calendars/" + id));

        var saved = calendars.find(id).orElseThrow();
        assertThat(saved.week().on(DayOfWeek.MONDAY))
                .containsExactly(WorkingInterval.of("09:00", "12:30"), WorkingInterval.of("13:00", "17:00"));
        assertThat(saved.week().on(DayOfWeek.SATURDAY)).containsExactly(WorkingInterval.of("10:00", "14:00"));
        assertThat(saved.week().on(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(saved.rules().goodFriday()).isTrue();
        assertThat(saved.rules().liberationDay()).isEqualTo(LiberationDay.EVERY_YEAR);
        mvc.perform(get("/admin/calendars/{id}", id))
                .andExpect(content().string(containsString("value=\"09:00-12:30, 13:00-17:00\"")));
    }

    @Test
    void wrong_hours_are_refused_per_day_with_a_message_and_the_typed_text_stays() throws Exception {
        var id = administration.create(uniqueName());
        var calendar = calendars.find(id).orElseThrow();

        mvc.perform(settings(
                        id,
                        calendar.name(),
                        calendar.version(),
                        "monday",
                        "09:00-13:00, 12:30-17:00",
                        "tuesday",
                        "17:00-09:00",
                        "wednesday",
                        "9-17"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("09:00-13:00 en 12:30-17:00 overlappen elkaar."),
                                containsString("eindigt niet na het begin"),
                                containsString("is geen tijdvak; schrijf bijvoorbeeld 09:00-17:00"),
                                containsString("value=\"09:00-13:00, 12:30-17:00\""),
                                containsString("value=\"9-17\""))));
        mvc.perform(settings(id, calendar.name(), calendar.version()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A calendar needs business hours on at least one day.")));
        assertThat(calendars.find(id).orElseThrow().week()).isEqualTo(calendar.week());
    }

    @Test
    void saving_over_someone_elses_change_is_refused() throws Exception {
        var id = administration.create(uniqueName());
        var calendar = calendars.find(id).orElseThrow();
        mvc.perform(settings(id, calendar.name(), calendar.version(), "monday", "08:00-16:00"))
                .andExpect(redirectedUrl("/admin/calendars/" + id));

        mvc.perform(settings(id, calendar.name(), calendar.version(), "monday", "10:00-18:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft deze agenda intussen gewijzigd.")))
                .andExpect(content().string(containsString("value=\"10:00-18:00\"")));

        assertThat(calendars.find(id).orElseThrow().week().on(DayOfWeek.MONDAY))
                .containsExactly(WorkingInterval.of("08:00", "16:00"));
    }

    @Test
    void a_day_off_is_added_shown_and_removed() throws Exception {
        var id = administration.create(uniqueName());

        mvc.perform(post("/admin/calendars/{id}/days", id)
                        .with(csrf())
                        .param("date", "30-5-2025")
                        .param("name", "Brugdag <na> Hemelvaart"))
                .andExpect(redirectedUrl("/admin/calendars/" + id + "?year=2025"));
        mvc.perform(get("/admin/calendars/{id}", id).param("year", "2025"))
                .andExpect(content()
                        .string(allOf(
                                containsString("vrijdag 30 mei 2025"),
                                containsString("Brugdag &lt;na&gt; Hemelvaart"))));

        mvc.perform(post("/admin/calendars/{id}/days/2025-05-30/delete", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendars/" + id + "?year=2025"));
        assertThat(calendars.holidays(id, 2025).orElseThrow()).noneMatch(day -> !day.isComputed());
    }

    @Test
    void a_wrong_day_is_refused_with_a_message() throws Exception {
        var id = administration.create(uniqueName());

        mvc.perform(post("/admin/calendars/{id}/days", id)
                        .with(csrf())
                        .param("date", "31-2-2025")
                        .param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("31-2-2025\u201d is geen datum"),
                                containsString("Geef de dag een naam"))));
        mvc.perform(post("/admin/calendars/{id}/days", id)
                        .with(csrf())
                        .param("date", "2025-12-25")
                        .param("name", "Kerst"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze dag is al een feestdag: Eerste Kerstdag.")));
        mvc.perform(post("/admin/calendars/{id}/days", id)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("date", "2025-12-25")
                        .param("name", "Christmas"))
                .andExpect(content().string(containsString("This day already is a public holiday: Christmas Day.")));
        assertThat(calendars.holidays(id, 2025).orElseThrow()).allMatch(Holiday::isComputed);
    }

    @Test
    void an_uploaded_file_shows_what_was_imported_and_what_was_skipped_and_why() throws Exception {
        var id = administration.create(uniqueName());
        var ics =
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20251224
                DTEND;VALUE=DATE:20251227
                SUMMARY:Kerstsluiting
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250101
                RRULE:FREQ=YEARLY
                SUMMARY:Elk jaar
                END:VEVENT
                END:VCALENDAR
                """;

        mvc.perform(upload(id, ics))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("1 dagen ge\u00efmporteerd, 3 overgeslagen"),
                                containsString("woensdag 24 december 2025"),
                                containsString("Al een feestdag"),
                                containsString("Eerste Kerstdag"),
                                containsString("Herhalende afspraak"))));

        assertThat(calendars.holidays(id, 2025).orElseThrow())
                .filteredOn(day -> day.source() == Holiday.Source.IMPORTED)
                .extracting(Holiday::date)
                .containsExactly(LocalDate.of(2025, 12, 24));
    }

    @Test
    void a_malformed_file_shows_a_clear_message_and_imports_nothing() throws Exception {
        var id = administration.create(uniqueName());
        var ics =
                """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20250530
                SUMMARY:Goed
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:30-05-2025
                SUMMARY:Fout
                END:VEVENT
                END:VCALENDAR
                """;

        mvc.perform(upload(id, ics))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Op regel 7 staat \u201e30-05-2025\u201d; dat is geen iCalendar-datum")))
                .andExpect(content().string(containsString("Er is niets ge\u00efmporteerd.")));
        mvc.perform(upload(id, "Datum;Naam\n30-05-2025;Brugdag\n").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This is not an iCalendar file")));
        mvc.perform(multipart("/admin/calendars/{id}/import", id).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies eerst een .ics-bestand.")));

        assertThat(calendars.holidays(id, 2025).orElseThrow()).allMatch(Holiday::isComputed);
    }

    @Test
    void a_new_calendar_needs_a_name_of_its_own() throws Exception {
        mvc.perform(post("/admin/calendars").with(csrf()).param("name", "kantooruren"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is al een agenda met deze naam.")));
        mvc.perform(post("/admin/calendars").with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef de agenda een naam")));
        var name = uniqueName();
        var response = mvc.perform(post("/admin/calendars").with(csrf()).param("name", name))
                .andReturn()
                .getResponse();
        var created = calendars.all().stream()
                .filter(calendar -> calendar.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/calendars/" + created.id());
    }

    /** The settings form as a browser sends it: every weekday field, empty unless given. */
    private static MockHttpServletRequestBuilder settings(long id, String name, long version, String... hours) {
        var typed = new HashMap<String, String>();
        for (int i = 0; i + 1 < hours.length; i += 2) {
            typed.put(hours[i], hours[i + 1]);
        }
        var request = post("/admin/calendars/{id}", id)
                .with(csrf())
                .param("name", name)
                .param("version", String.valueOf(version));
        for (var day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            request.param(day, typed.getOrDefault(day, ""));
        }
        for (var option : List.of("dutchHolidays", "goodFriday", "liberationDay")) {
            if (typed.containsKey(option)) {
                request.param(option, typed.get(option));
            }
        }
        return request;
    }

    private static MockMultipartHttpServletRequestBuilder upload(long id, String ics) {
        return multipart("/admin/calendars/{id}/import", id)
                .file(new MockMultipartFile("file", "vrij.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)))
                .with(csrf());
    }

    private static String uniqueName() {
        return "Agenda " + UUID.randomUUID().toString().substring(0, 8);
    }
}
