package nl.loket.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Service level due times in the agents' queue, on the desk page and over the API: a deadline column
 * with the due time and a mark in words when a ticket is nearly late or late, the order by deadline,
 * and the filters on nearly late and late tickets. Each test works in a department of its own.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskQueueDeadlineIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private String department;
    private TestAccount agent;

    @BeforeEach
    void a_department_of_its_own() {
        department = "dl-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into ticket_department (code, name_nl, name_en, active, sort_order) values (?, ?, ?, true, 99)",
                department,
                "Deadline " + department,
                "Deadline " + department);
        agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Deadline Kijker");
    }

    @AfterEach
    void back_to_the_real_time() {
        clock.reset();
    }

    @Test
    void the_queue_by_deadline_shows_the_first_due_on_top_and_marks_late_and_nearly_late_tickets_in_words()
            throws Exception {
        var now = clock.instant();
        open("Op tijd", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(2)));
        open("Gepauzeerd", null, null);
        open("Bijna te laat", now.plus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(5)));
        open("Te laat", now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(50)));

        var page = page(Map.of("sort", "due"));

        assertThat(page.select("thead th").eachText()).contains("Deadline");
        assertThat(deadlines(page))
                .containsExactly(
                        List.of("Te laat", "te laat"),
                        List.of("Bijna te laat", "bijna te laat"),
                        List.of("Op tijd", ""),
                        List.of("Gepauzeerd", "geen lopende klok"));
        assertThat(page.select("td.deadline time")).hasSize(3);
        assertThat(Instant.parse(page.select("td.deadline time").first().attr("datetime")))
                .isCloseTo(now.minus(Duration.ofMinutes(5)), within(1, ChronoUnit.MILLIS));
        assertThat(page.select("select[name=sort] option[selected]").text()).isEqualTo("Deadline, vroegste eerst");
    }

    @Test
    void the_marks_move_with_the_clock_and_read_in_english_too() throws Exception {
        var now = clock.instant();
        open("Straks", now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)));

        assertThat(deadlines(page(Map.of("sort", "due")))).containsExactly(List.of("Straks", ""));
        clock.advance(Duration.ofMinutes(61));
        assertThat(deadlines(page(Map.of("sort", "due", "lang", "en")))).containsExactly(List.of("Straks", "due soon"));
        clock.advance(Duration.ofMinutes(60));
        assertThat(deadlines(page(Map.of("sort", "due", "lang", "en")))).containsExactly(List.of("Straks", "overdue"));
    }

    @Test
    void the_deadline_filter_shows_nearly_late_and_late_tickets_or_only_late_ones_and_the_next_page_keeps_it()
            throws Exception {
        var now = clock.instant();
        open("Op tijd", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(2)));
        open("Gepauzeerd", null, null);
        open("Bijna te laat", now.plus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(5)));
        for (int i = 0; i < 26; i++) {
            var due = now.minus(Duration.ofMinutes(60 - i));
            open("Te laat " + i, due, due.minus(Duration.ofMinutes(30)));
        }

        var atRisk = page(Map.of("due", "at-risk", "sort", "due"));
        var late = page(Map.of("due", "breached", "sort", "due"));
        var lateNext = Jsoup.parse(
                mvc.perform(get(late.select("a[rel=next]").attr("href")).with(agent.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(subjects(atRisk)).hasSize(25).doesNotContain("Op tijd", "Gepauzeerd");
        assertThat(subjects(late)).hasSize(25).allMatch(subject -> subject.startsWith("Te laat "));
        assertThat(subjects(lateNext)).containsExactly("Te laat 25");
        assertThat(lateNext.select("select[name=due] option[selected]").text()).isEqualTo("te laat");
        assertThat(atRisk.select("select[name=due] option").eachText())
                .containsExactly("alle", "bijna te laat of te laat", "te laat");
    }

    @Test
    void a_deadline_filter_or_cursor_that_means_nothing_shows_the_whole_queue() throws Exception {
        var now = clock.instant();
        open("Op tijd", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(2)));
        open("Te laat", now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(50)));

        var page = page(Map.of("due", "gisteren", "sort", "due", "after", "1.-.rommel"));

        assertThat(subjects(page)).containsExactly("Te laat", "Op tijd");
        assertThat(page.select("select[name=due] option[selected]").text()).isEqualTo("alle");
    }

    @Test
    void staff_list_the_queue_by_deadline_over_the_api_with_due_times_and_marks() throws Exception {
        var now = clock.instant();
        open("Op tijd", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(2)));
        open("Gepauzeerd", null, null);
        var dueLate = now.minus(Duration.ofMinutes(5));
        open("Te laat", dueLate, now.minus(Duration.ofMinutes(50)));

        var all = api(Map.of("sort", "due"));
        var late = api(Map.of("sort", "due", "due", "breached"));
        var atRisk = api(Map.of("due", "at-risk"));

        assertThat(all.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(all.getContentAsString(), "$.tickets[*].subject"))
                .containsExactly("Te laat", "Op tijd", "Gepauzeerd");
        assertThat(JsonPath.<List<String>>read(all.getContentAsString(), "$.tickets[*].deadline"))
                .containsExactly("BREACHED", "ON_TIME", "NONE");
        assertThat(Instant.parse(JsonPath.read(all.getContentAsString(), "$.tickets[0].dueAt")))
                .isCloseTo(dueLate, within(1, ChronoUnit.MILLIS));
        assertThat(JsonPath.<Object>read(all.getContentAsString(), "$.tickets[2].dueAt"))
                .isNull();
        assertThat(JsonPath.<List<String>>read(late.getContentAsString(), "$.tickets[*].subject"))
                .containsExactly("Te laat");
        assertThat(JsonPath.<List<String>>read(atRisk.getContentAsString(), "$.tickets[*].subject"))
                .containsExactly("Te laat");
    }

    @Test
    void a_deadline_filter_or_sort_the_api_does_not_know_is_a_problem_that_names_the_parameters() throws Exception {
        for (var bad : List.of(Map.of("due", "gisteren"), Map.of("sort", "deadline"), Map.of("due", "BREACHED"))) {
            var response = api(bad);

            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                    .contains("sort of due");
        }
    }

    @Test
    void the_api_description_documents_the_deadline_sort_filter_and_fields() throws Exception {
        var docs = mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(docs, "$.paths['/api/v1/tickets'].get.parameters[*].name"))
                .contains("sort", "due");
        assertThat(JsonPath.<List<String>>read(
                        docs, "$.paths['/api/v1/tickets'].get.parameters[?(@.name == 'due')].description"))
                .singleElement()
                .asString()
                .contains("at-risk", "breached");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.QueueItem.properties"))
                .containsKeys("dueAt", "warnAt", "deadline");
    }

    private Document page(Map<String, String> parameters) throws Exception {
        var request = get("/desk").param("department", department);
        parameters.forEach(request::param);
        var response = mvc.perform(request.with(agent.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse api(Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/tickets").param("department", department);
        parameters.forEach(request::param);
        return mvc.perform(request.with(agent.signedIn())).andReturn().getResponse();
    }

    /** Per row: the subject and the deadline cell's mark (its words without the due time). */
    private static List<List<String>> deadlines(Document page) {
        return page.select("tbody tr").stream()
                .map(row -> {
                    var cell = row.selectFirst("td.deadline");
                    var mark = cell == null ? null : cell.selectFirst("strong, .visually-hidden");
                    return List.of(row.select("td").get(1).text(), mark == null ? "" : mark.text());
                })
                .toList();
    }

    private static List<String> subjects(Document page) {
        return page.select("tbody tr").stream()
                .map(row -> row.select("td").get(1).text())
                .toList();
    }

    private void open(String subject, @Nullable Instant due, @Nullable Instant warn) {
        var number = desk.open(TicketFixtures.question(
                        TicketFixtures.uniqueAddress("deadline"), subject, "Tekst", null, Language.NL, department))
                .number();
        jdbc.update(
                "update ticket set sla_due_at = ?, sla_warn_at = ? where number = ?",
                due == null ? null : Timestamp.from(due),
                warn == null ? null : Timestamp.from(warn),
                number.value());
    }
}
