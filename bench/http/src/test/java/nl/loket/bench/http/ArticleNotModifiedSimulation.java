package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Article pages revalidated by a browser or shared cache that holds them: each request carries the
 * page's ETag in {@code If-None-Match} and must be answered 304 (target: as the full pages). The
 * ETags are collected before the measurement, with one plain request per page.
 */
public class ArticleNotModifiedSimulation extends Simulation {

    /** Pages revalidated in turn; their first fetch happens before the measurement. */
    static final int PAGES = Integer.getInteger("loket.bench.conditional-pages", 1_000);

    private final List<Map<String, Object>> pages = withEtags(Load.articlePaths());

    {
        var revalidate = scenario("article page 304")
                .repeat(Load.REQUESTS_PER_USER)
                .on(feed(listFeeder(pages).circular())
                        .exec(http("article page 304")
                                .get("#{path}")
                                .header("If-None-Match", "#{etag}")
                                .check(status().is(304))));
        setUp(revalidate.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private static List<Map<String, Object>> withEtags(List<String> paths) {
        var pages = new ArrayList<Map<String, Object>>();
        for (var path : paths.subList(0, Math.min(PAGES, paths.size()))) {
            var response = Load.get(path);
            var etag = response.headers()
                    .firstValue("ETag")
                    .orElseThrow(() -> new IllegalStateException(
                            "No ETag on " + path + " (status " + response.statusCode() + ")"));
            pages.add(Map.of("path", path, "etag", etag));
        }
        System.out.printf("[bench] collected the ETags of %d article pages%n", pages.size());
        return pages;
    }
}
