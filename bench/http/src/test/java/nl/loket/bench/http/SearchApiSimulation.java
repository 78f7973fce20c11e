package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.Map;

/** {@code GET /api/v1/kb/search?q=…} with the bench queries in turn (target: 1,000 per second). */
public class SearchApiSimulation extends Simulation {

    private final java.util.List<Map<String, Object>> queries = Load.lines("search-queries.txt").stream()
            .map(query -> Map.<String, Object>of("q", query))
            .toList();

    {
        var search = scenario("search API")
                .repeat(Load.REQUESTS_PER_USER)
                .on(feed(listFeeder(queries).circular())
                        .exec(http("search API")
                                .get("/api/v1/kb/search")
                                .queryParam("q", "#{q}")
                                .check(status().is(200), jsonPath("$.results").exists())));
        setUp(search.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
