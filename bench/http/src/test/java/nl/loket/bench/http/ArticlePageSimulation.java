package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.Map;

/**
 * First visits: article pages that nobody asked for since the start, each one a full render (the
 * article loaded, its related articles searched, its Markdown and the template rendered). The pages
 * are taken from the end of the readers' popularity order ({@link ArticleReadingSimulation}), so
 * the least-read pages come first, starting {@code loket.bench.offset} pages from the end; the
 * most-read pages that the warm-up renders are left out. Each page is asked for once: the
 * {@code loket.bench.users} virtual users start together and share the pages out, each taking an
 * equal number (a remainder of fewer pages than users is left out), so the queue never runs dry
 * and the run ends with a report when the last user is through (or at the duration plus a minute,
 * whichever comes first). The worst case for a page; no target of its own.
 */
public class ArticlePageSimulation extends Simulation {

    static final int OFFSET = Integer.getInteger("loket.bench.offset", 0);

    private final java.util.List<Map<String, Object>> pages = leastReadFirst(Load.articlePaths());

    /** The most-read pages (those the warm-up may have rendered) are left out. */
    private static java.util.List<Map<String, Object>> leastReadFirst(java.util.List<String> paths) {
        var reversed = new java.util.ArrayList<>(paths.reversed());
        java.util.Collections.rotate(reversed, -Math.min(OFFSET, reversed.size()));
        return reversed.stream()
                .limit(Math.max(0, paths.size() - ArticleNotModifiedSimulation.PAGES))
                .map(path -> Map.<String, Object>of("path", path))
                .toList();
    }

    {
        // Every user takes the same share; together they take no more pages than the queue holds,
        // because Gatling ends a run as a crash (without a report) when a queue feeder runs dry.
        int perUser = pages.size() / Load.USERS;
        if (perUser == 0) {
            throw new IllegalStateException("Fewer pages (" + pages.size() + ") than users (" + Load.USERS + ")");
        }
        var read = scenario("article page, first visit")
                .repeat(perUser)
                .on(feed(listFeeder(pages).queue())
                        .exec(http("article page, first visit").get("#{path}").check(status().is(200))));
        setUp(read.injectOpen(atOnceUsers(Load.USERS)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
