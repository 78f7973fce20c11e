package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Article pages as readers of a help center ask for them: every published page can be asked for,
 * but a few are read far more than the rest. The page of rank {@code r} (in the fixed shuffled order
 * of the sitemap) is picked with probability proportional to {@code 1 / r^s} (Zipf, {@code s} from
 * {@code loket.bench.zipf}, default 1.0), so over 10,000 pages the top 100 take about half of the
 * reads and thousands of pages are still read for the first time during the measurement (target:
 * 2,000 per second). Anonymous, no validators: every answer is a full 200 page.
 */
public class ArticleReadingSimulation extends Simulation {

    static final double EXPONENT = Double.parseDouble(System.getProperty("loket.bench.zipf", "1.0"));

    private final List<String> paths = Load.articlePaths();

    {
        var read = scenario("article page (readers)")
                .repeat(Load.REQUESTS_PER_USER)
                .on(feed(new Zipf(paths, EXPONENT, 7))
                        .exec(http("article page (readers)").get("#{path}").check(status().is(200))));
        setUp(read.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION)))
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** An endless feeder of pages drawn by rank with Zipf weights, from a fixed seed. */
    static final class Zipf implements Iterator<Map<String, Object>> {

        private final List<String> paths;
        private final double[] cumulative;
        private final SplittableRandom random;

        Zipf(List<String> paths, double exponent, long seed) {
            this.paths = paths;
            this.cumulative = new double[paths.size()];
            var sum = 0.0;
            for (var rank = 1; rank <= paths.size(); rank++) {
                sum += 1.0 / Math.pow(rank, exponent);
                cumulative[rank - 1] = sum;
            }
            this.random = new SplittableRandom(seed);
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public synchronized Map<String, Object> next() {
            var target = random.nextDouble() * cumulative[cumulative.length - 1];
            var index = java.util.Arrays.binarySearch(cumulative, target);
            return Map.of("path", paths.get(index >= 0 ? index : -index - 1));
        }
    }
}
