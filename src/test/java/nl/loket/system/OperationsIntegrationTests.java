package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What an operator relies on: probes, metrics, the schema and the module event registry. */
@DatabaseTest
@LoketIntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestRoutes.ProbeListener probe;

    @Test
    void health_liveness_and_readiness_report_up_to_anyone() {
        var visitor = new WebSession(port);
        for (var path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void prometheus_can_scrape_metrics_including_the_database_pool() {
        var response = new WebSession(port).get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "application=\"loket\"");
    }

    @Test
    void other_actuator_endpoints_are_not_open_to_visitors() {
        assertThat(new WebSession(port).get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
    }

    @Test
    void the_schema_comes_from_flyway_migrations_that_all_succeeded() {
        var failed =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class);
        var applied =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success = true", Integer.class);

        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void a_module_event_reaches_its_listener_after_commit_and_its_publication_completes() {
        var text = "probe-" + System.nanoTime();

        transaction.executeWithoutResult(status -> events.publishEvent(new TestRoutes.ProbeEvent(text)));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(probe.received()).contains(text));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                        Integer.class,
                        "%" + text + "%"))
                .isZero());
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Integer.class,
                        "%" + text + "%"))
                .isEqualTo(1);
    }

    @Test
    void the_api_description_is_published_with_the_knowledge_base_endpoints() {
        var response = new WebSession(port).get("/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"", "/api/v1/kb/search", "/api/v1/kb/suggestions");
    }
}
