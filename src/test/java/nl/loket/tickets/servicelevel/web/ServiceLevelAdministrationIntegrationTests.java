package nl.loket.tickets.servicelevel.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.servicelevel.ServiceClock;
import nl.loket.tickets.servicelevel.ServiceLevels;
import nl.loket.tickets.servicelevel.Target;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
class ServiceLevelAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceLevels levels;

    @Autowired
    BusinessCalendars calendars;

    @Test
    void the_list_shows_the_shipped_plans_and_their_targets_in_dutch_and_english() throws Exception {
        mvc.perform(get("/admin/service-levels"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Best Effort"),
                                containsString("8 uur werktijd"),
                                containsString("Premium 24x7"),
                                containsString("1 uur kalendertijd"),
                                containsString("Gegarandeerd"))));
        mvc.perform(get("/admin/service-levels").header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(containsString("8 hours business time"), containsString("Best effort"))));
    }

    @Test
    void targets_are_saved_from_hours_with_a_decimal_comma_and_minutes() throws Exception {
        var id = levels.create("Plan " + UUID.randomUUID().toString().substring(0, 8));
        var level = levels.find(id).orElseThrow();
        var always = calendars.named("24x7").orElseThrow();

        mvc.perform(post("/admin/service-levels/{id}", id)
                        .with(csrf())
                        .param("name", level.name())
                        .param("calendarId", String.valueOf(always.id()))
                        .param("firstResponseAmount", "1,5")
                        .param("firstResponseUnit", "HOURS")
                        .param("firstResponseBasis", "CALENDAR")
                        .param("nextResponseAmount", "")
                        .param("resolutionAmount", "45")
                        .param("resolutionUnit", "MINUTES")
                        .param("resolutionBasis", "BUSINESS")
                        .param("guaranteed", "true")
                        .param("version", String.valueOf(level.version())))
                .andExpect(redirectedUrl("/admin/service-levels/" + id));

        var saved = levels.find(id).orElseThrow();
        assertThat(saved.target(ServiceClock.FIRST_RESPONSE)).contains(Target.calendar(Duration.ofMinutes(90)));
        assertThat(saved.target(ServiceClock.NEXT_RESPONSE)).isEmpty();
        assertThat(saved.target(ServiceClock.RESOLUTION)).contains(Target.business(Duration.ofMinutes(45)));
        assertThat(saved.guaranteed()).isTrue();
        mvc.perform(get("/admin/service-levels/{id}", id)).andExpect(content().string(containsString("value=\"90\"")));
    }

    @Test
    void a_wrong_amount_or_name_is_refused_with_a_message_and_nothing_changes() throws Exception {
        var id = levels.create("Plan " + UUID.randomUUID().toString().substring(0, 8));
        var level = levels.find(id).orElseThrow();

        mvc.perform(post("/admin/service-levels/{id}", id)
                        .with(csrf())
                        .param("name", "Best Effort")
                        .param("calendarId", String.valueOf(level.calendarId()))
                        .param("firstResponseAmount", "vier")
                        .param("firstResponseUnit", "HOURS")
                        .param("version", String.valueOf(level.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\u201evier\u201d is geen geldige tijd")));
        mvc.perform(post("/admin/service-levels/{id}", id)
                        .with(csrf())
                        .param("name", "Best Effort")
                        .param("calendarId", String.valueOf(level.calendarId()))
                        .param("version", String.valueOf(level.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is al een servicelevel met deze naam.")));

        assertThat(levels.find(id).orElseThrow()).isEqualTo(level);
    }
}
