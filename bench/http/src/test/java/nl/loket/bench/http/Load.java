package nl.loket.bench.http;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * What every simulation shares: where Loket runs (always this machine), how long and how many
 * virtual users, and the inputs. System properties: {@code loket.bench.url} (default
 * {@code http://127.0.0.1:18080}), {@code loket.bench.duration} (seconds, default 45),
 * {@code loket.bench.users} (concurrent users, default 16).
 */
final class Load {

    /** A browser, so that reads are counted as a real reader's would be. */
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    /** Requests per virtual user before it is replaced by a fresh one: every loop is bounded. */
    static final int REQUESTS_PER_USER = 100;

    static final String URL = System.getProperty("loket.bench.url", "http://127.0.0.1:18080");
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("loket.bench.duration", 45));
    static final int USERS = Integer.getInteger("loket.bench.users", 16);

    private static final Pattern ARTICLE = Pattern.compile("<loc>https?://[^/<]+(/kb/[^/<]+/[^/<]+)</loc>");

    private Load() {}

    static {
        var host = URI.create(URL).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            throw new IllegalArgumentException("The benchmark only loads this machine, not " + URL);
        }
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL)
                .userAgentHeader(BROWSER)
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("nl-NL,nl;q=0.9")
                // Gatling would otherwise send If-None-Match by itself on repeated pages.
                .disableCaching()
                .warmUp(URL + "/actuator/health");
    }

    /** The bench queries, one per line. */
    static List<String> lines(String resource) {
        try (InputStream in = Load.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of all published articles from /sitemap.xml, in a fixed shuffled order. */
    static List<String> articlePaths() {
        var sitemap = get("/sitemap.xml").body();
        var paths = new ArrayList<String>();
        var matcher = ARTICLE.matcher(sitemap);
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("No article in " + URL + "/sitemap.xml: import the corpus first");
        }
        Collections.shuffle(paths, new Random(42));
        return paths;
    }

    static HttpResponse<String> get(String path) {
        try (var client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(URL + path))
                    .header("User-Agent", BROWSER)
                    .header("Accept-Language", "nl-NL,nl;q=0.9")
                    .timeout(Duration.ofSeconds(120))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
