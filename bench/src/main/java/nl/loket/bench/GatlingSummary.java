package nl.loket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * One line per Gatling run, with its target: requests per second and p50/p99 from the "Global
 * Information" table Gatling prints at the end of a run (its HTML report has no JSON to read).
 * {@code GatlingSummary GATLING_OUTPUT SIMULATION RESULTS_FILE} also appends the figures to the
 * results file.
 */
public final class GatlingSummary {

    /**
     * What a run is held to: at least {@code perSecond} requests per second and a p99 of at most
     * {@code p99Ms} (0: no such target).
     */
    record Target(String key, String label, double perSecond, double p99Ms) {

        Target(String key, String label, double perSecond) {
            this(key, label, perSecond, 0);
        }

        boolean met(double rps, double p99, double failed) {
            return failed == 0 && (perSecond == 0 || rps >= perSecond) && (p99Ms == 0 || p99 <= p99Ms);
        }

        String describe() {
            var parts = new java.util.ArrayList<String>();
            if (perSecond > 0) {
                parts.add(String.format(Locale.ROOT, ">= %,.0f req/s", perSecond));
            }
            if (p99Ms > 0) {
                parts.add(String.format(Locale.ROOT, "p99 <= %,.0f ms", p99Ms));
            }
            return String.join(", ", parts);
        }
    }

    /** Tickets per second that the ticket form must take, and its p99 then. */
    static final double TICKETS_PER_SECOND = 300;

    static final double TICKET_P99_MS = 50;
    static final double DESK_P99_MS = 150;

    /**
     * By simulation name, or by the name bench/run gives a figure when one simulation gives two
     * (the ticket form's capacity and its latency at the target rate).
     */
    static final Map<String, Target> TARGETS = Map.of(
            "SearchApiSimulation", new Target("http.search", "search API over HTTP", 1_000),
            "ArticleReadingSimulation", new Target("http.reading", "article pages (readers)", 2_000),
            "ArticlePageSimulation", new Target("http.article", "article pages (first visits)", 0),
            "ArticleNotModifiedSimulation", new Target("http.article304", "article pages (304)", 2_000),
            "TicketFormCapacity", new Target("tickets.capacity", "tickets by form (capacity)", TICKETS_PER_SECOND),
            // Open workload at the target rate: a server that falls behind shows in the p99.
            "TicketFormAtTarget", new Target("tickets.atTarget", "tickets by form at target rate", 0, TICKET_P99_MS),
            "DeskQueueSimulation", new Target("tickets.desk", "agent queue /desk", 0, DESK_P99_MS));

    private GatlingSummary() {}

    public static void main(String[] args) throws IOException {
        var output = Files.readString(Path.of(args[0]));
        var target = TARGETS.get(args[1]);
        var global = output.substring(output.lastIndexOf("---- Global Information"));
        var requests = total(global, "request count");
        var failed = column(global, "request count", 3);
        var p50 = total(global, "response time 50th percentile (ms)");
        var p99 = total(global, "response time 99th percentile (ms)");
        var rps = total(global, "mean throughput (rps)");
        System.out.printf(
                Locale.ROOT,
                "%n[bench] %-22s %,8.0f req/s   p50 = %4.0f ms   p99 = %4.0f ms   (%,.0f requests, %,.0f failed;"
                        + " %s)%n",
                target.label(),
                rps,
                p50,
                p99,
                requests,
                failed,
                target.perSecond() == 0 && target.p99Ms() == 0
                        ? "no target"
                        : "target " + target.describe() + ": " + (target.met(rps, p99, failed) ? "MET" : "MISSED"));
        Files.writeString(
                Path.of(args[2]),
                String.format(
                        Locale.ROOT,
                        "%1$s.rps=%2$.1f%n%1$s.p50=%3$.0f%n%1$s.p99=%4$.0f%n%1$s.failed=%5$.0f%n",
                        target.key(),
                        rps,
                        p50,
                        p99,
                        failed),
                StandardOpenOption.APPEND,
                StandardOpenOption.CREATE);
    }

    private static double total(String table, String row) {
        return column(table, row, 1);
    }

    /** A number from a row such as {@code > request count | 1,600 | 1,600 | -}; "-" is 0. */
    private static double column(String table, String row, int column) {
        var line = table.lines()
                .filter(text -> text.startsWith("> " + row + " "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No '" + row + "' in Gatling's output"));
        var value = line.split("\\|")[column].strip().replace(",", "");
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
