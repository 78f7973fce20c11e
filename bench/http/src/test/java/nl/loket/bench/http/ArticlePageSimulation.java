package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.Map;

/** Article pages as an anonymous reader gets them, every page a full render (target: 2,000 per second). */
public class ArticlePageSimulation extends Simulation {

    private final java.util.List<Map<String, Object>> pages = Load.articlePaths().stream()
            .map(path -> Map.<String, Object>of("path", path))
            .toList();

    {
        var read = scenario("article page")
                .repeat(Load.REQUESTS_PER_USER)
                .on(feed(listFeeder(pages).circular())
                        .exec(http("article page").get("#{path}").check(status().is(200))));
        setUp(read.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
