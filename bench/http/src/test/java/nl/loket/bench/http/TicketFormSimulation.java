package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Customers opening tickets through the web form, as a browser does: each virtual user is a new
 * visitor who fetches {@code /tickets/new} (which starts a session and carries the CSRF token), then
 * posts the form (multipart, as the form's {@code enctype} says, honeypot empty) and must be sent on
 * to the ticket's "received" page ({@code 302} to {@code /tickets/dddd-dddd/received?key=…}).
 * Only the post is counted: the form fetch is a silent request, so the figures are tickets created
 * per second and the latency of creating one; every ticket still costs the server its form page.
 *
 * <p>Each visitor is a guest with an address and a client address of their own (in
 * {@code X-Forwarded-For}, which bench/run makes Loket trust as a proxy would be trusted), so the
 * form's limits per address and per client apply with their defaults and never trip, as with real
 * customers.
 *
 * <p>Two workloads: with {@code loket.bench.rate} (tickets per second) an open workload, new visitors
 * arriving at that rate whatever the answers take: the latency at the target rate. Without it, a
 * closed workload of {@code loket.bench.users} visitors, each replaced as soon as it is done: the
 * capacity.
 */
public class TicketFormSimulation extends Simulation {

    static final double RATE = Double.parseDouble(System.getProperty("loket.bench.rate", "0"));

    private static final List<String> DEPARTMENTS = List.of("techniek", "techniek", "hosting", "administratie");
    private static final List<String> FIRST_OCTETS =
            List.of("31", "37", "62", "77", "78", "80", "81", "82", "83", "84", "85", "86", "89", "145", "188", "212");

    {
        var texts = Load.lines("ticket-texts.txt");
        var visit = scenario("ticket form")
                .feed(new Visitors(texts))
                .exec(http("ticket form page")
                        .get("/tickets/new")
                        .header("X-Forwarded-For", "#{ip}")
                        .check(
                                status().is(200),
                                css("input[name='_csrf']", "value").saveAs("csrf"))
                        .silent())
                .exec(http("ticket created")
                        .post("/tickets/new")
                        .header("X-Forwarded-For", "#{ip}")
                        .asMultipartForm()
                        .formParam("_csrf", "#{csrf}")
                        .formParam("department", "#{department}")
                        .formParam("subject", "#{subject}")
                        .formParam("message", "#{message}")
                        .formParam("email", "#{email}")
                        .formParam("name", "#{name}")
                        .formParam("website", "")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                headerRegex("Location", "/tickets/\\d{4}-\\d{4}/received\\?key=")
                                        .exists()));
        PopulationBuilder load = RATE > 0
                ? visit.injectOpen(constantUsersPerSec(RATE).during(Load.DURATION))
                : visit.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION));
        setUp(load)
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** Endless new guests: a question from the bench texts, an address and a client address each. */
    static final class Visitors implements Iterator<Map<String, Object>> {

        /** Addresses differ from run to run, so that a kept database never counts a visitor twice. */
        private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

        private final List<String> texts;
        private final AtomicLong next = new AtomicLong();
        private final SplittableRandom random = new SplittableRandom(5);

        Visitors(List<String> texts) {
            this.texts = texts;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public synchronized Map<String, Object> next() {
            var n = next.incrementAndGet();
            var text = texts.get((int) (n % texts.size()));
            var firstSentence = text.split("(?<=[.?!])\\s", 2)[0];
            var ip = FIRST_OCTETS.get(random.nextInt(FIRST_OCTETS.size())) + "." + random.nextInt(256) + "."
                    + random.nextInt(256) + "." + (1 + random.nextInt(254));
            return Map.of(
                    "department",
                    DEPARTMENTS.get((int) (n % DEPARTMENTS.size())),
                    "subject",
                    firstSentence.length() > 120 ? firstSentence.substring(0, 120) : firstSentence,
                    "message",
                    text + "\n\nMet vriendelijke groet,\nBezoeker " + n,
                    "email",
                    "bezoeker-" + RUN + "-" + n + "@gast.bench.invalid",
                    "name",
                    "Bezoeker " + n,
                    "ip",
                    ip);
        }
    }
}
