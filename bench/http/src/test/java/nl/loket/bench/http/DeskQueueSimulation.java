package nl.loket.bench.http;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The agents' queue, {@code GET /desk}, on a database of a million tickets (target: p99 at most
 * 150 ms). Each virtual user is an agent looking at one queue: one of the filter and sort variants
 * below, its first page and then up to {@link #NEXT_PAGES} further pages through the page's "next"
 * link (keyset paging: {@code after=<cursor>}). All of these requests are counted.
 *
 * <p>The agents are signed in before the measurement, through the real sign-in form, as the bench
 * agent whose e-mail address and password the generator wrote to {@code loket.bench.agent-file}
 * (renewed on every run; no password in the repository): {@code loket.bench.sessions} sessions
 * (default: as many as users), handed out to the virtual users in turn.
 *
 * <p>With {@code loket.bench.rate} (queue views per second) an open workload, the load of many
 * agents clicking now and then; without it a closed one of {@code loket.bench.users} agents clicking
 * without pause.
 */
public class DeskQueueSimulation extends Simulation {

    static final double RATE = Double.parseDouble(System.getProperty("loket.bench.rate", "0"));
    static final int NEXT_PAGES = Integer.getInteger("loket.bench.next-pages", 3);
    static final int SESSIONS = Integer.getInteger("loket.bench.sessions", Load.USERS);

    /**
     * What agents look at: the default queue, per department, by status, priority, owner and sort,
     * and by service level deadline (first due first, nearly late or late ones, late ones).
     */
    static final List<String> QUEUES = List.of(
            "/desk",
            "/desk?department=techniek",
            "/desk?department=hosting&sort=priority",
            "/desk?department=administratie&sort=updated",
            "/desk?status=NEW",
            "/desk?status=WAITING_FOR_CUSTOMER&sort=updated",
            "/desk?who=unassigned",
            "/desk?who=mine",
            "/desk?who=mine&sort=updated",
            "/desk?priority=URGENT",
            "/desk?department=techniek&priority=HIGH&sort=updated",
            "/desk?status=all&sort=updated",
            "/desk?status=all&department=hosting",
            "/desk?status=CLOSED&sort=updated",
            "/desk?status=RESOLVED",
            "/desk?status=all&who=mine&sort=updated",
            "/desk?sort=due",
            "/desk?department=hosting&sort=due",
            "/desk?who=unassigned&sort=due",
            "/desk?due=at-risk&sort=due",
            "/desk?due=breached&sort=due",
            "/desk?department=techniek&due=breached");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    {
        var sessions = signIn();
        var variants = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < Math.max(QUEUES.size(), sessions.size()) * 4; i++) {
            var session = sessions.get(i % sessions.size());
            variants.add(Map.of(
                    "queue",
                    QUEUES.get(i % QUEUES.size()),
                    "cookie",
                    session.getName(),
                    "session",
                    session.getValue()));
        }
        Collections.shuffle(variants, new Random(11));
        var look = scenario("desk queue")
                .feed(listFeeder(variants).circular())
                .exec(addCookie(Cookie("#{cookie}", "#{session}").withDomain("127.0.0.1")))
                .exec(http("desk queue").get("#{queue}").check(queuePage()))
                .repeat(NEXT_PAGES)
                .on(doIfNext());
        PopulationBuilder load = RATE > 0
                ? look.injectOpen(constantUsersPerSec(RATE).during(Load.DURATION))
                : look.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.DURATION));
        setUp(load)
                .protocols(Load.protocol())
                .maxDuration(Load.DURATION.plusSeconds(60))
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private static io.gatling.javaapi.core.CheckBuilder[] queuePage() {
        return new io.gatling.javaapi.core.CheckBuilder[] {
            status().is(200),
            // The queue's filters, not the sign-in page that a lost session would show.
            css("select[name=sort]").exists(),
            css("a[rel=next]", "href").optional().saveAs("next")
        };
    }

    private static io.gatling.javaapi.core.ChainBuilder doIfNext() {
        return io.gatling.javaapi.core.CoreDsl.doIf(session -> session.contains("next"))
                .then(io.gatling.javaapi.core.CoreDsl.exec(session -> session.set(
                                        "page", session.getString("next").replace("&amp;", "&"))
                                .remove("next"))
                        .exec(http("desk queue").get("#{page}").check(queuePage())));
    }

    /** Signs the bench agent in {@link #SESSIONS} times through /login and returns the session cookies. */
    static List<HttpCookie> signIn() {
        var file = System.getProperty("loket.bench.agent-file");
        if (file == null) {
            throw new IllegalStateException("Set loket.bench.agent-file (bench/run --tickets writes it)");
        }
        List<String> agent;
        try {
            agent = Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var cookies = new ArrayList<HttpCookie>();
        for (int i = 0; i < SESSIONS; i++) {
            cookies.add(signIn(agent.get(0), agent.get(1)));
        }
        System.out.printf("[bench] signed in %d desk sessions as %s%n", cookies.size(), agent.get(0));
        return cookies;
    }

    private static HttpCookie signIn(String email, String password) {
        var jar = new CookieManager();
        try (var client = HttpClient.newBuilder()
                .cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            var page = client.send(
                    HttpRequest.newBuilder(URI.create(Load.URL + "/login"))
                            .header("User-Agent", Load.BROWSER)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var csrf = CSRF.matcher(page.body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on /login");
            }
            var form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            var signedIn = client.send(
                    HttpRequest.newBuilder(URI.create(Load.URL + "/login"))
                            .header("User-Agent", Load.BROWSER)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            var location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("two-factor")) {
                throw new IllegalStateException(
                        "Sign-in as " + email + " failed: " + signedIn.statusCode() + " to " + location);
            }
            var desk = client.send(
                    HttpRequest.newBuilder(URI.create(Load.URL + "/desk"))
                            .header("User-Agent", Load.BROWSER)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (desk.statusCode() != 200) {
                throw new IllegalStateException("/desk answered " + desk.statusCode() + " after signing in");
            }
            var cookies = jar.getCookieStore().getCookies();
            if (cookies.size() != 1) {
                throw new IllegalStateException("Expected one session cookie, got " + cookies);
            }
            return cookies.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
