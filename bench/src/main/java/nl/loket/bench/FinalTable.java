package nl.loket.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The figures the issues ask for, against their targets, from bench/run's results file: the
 * knowledge base's (issue 3) or, after {@code bench/run --tickets}, the tickets' (issue 5).
 */
public final class FinalTable {

    private FinalTable() {}

    public static void main(String[] args) throws IOException {
        var results = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            results.load(in);
        }
        if (results.getProperty("tickets.generated") != null) {
            tickets(results);
            return;
        }
        System.out.println();
        System.out.println("==== Loket knowledge base: benchmark figures ====");
        System.out.printf("%-40s %-26s %-22s %s%n", "figure", "measured", "target", "");
        row(
                "search latency in-process (p50 / p99)",
                results,
                "search.p99",
                v -> v <= InProcessBench.SEARCH_P99_TARGET_MS,
                String.format(
                        Locale.ROOT,
                        "%s / %s ms",
                        results.getProperty("search.p50", "-"),
                        results.getProperty("search.p99", "-")),
                "p99 <= 5 ms");
        http(results, "http.search", "search over HTTP", 1_000);
        http(results, "http.reading", "article pages (readers)", 2_000);
        http(results, "http.article", "article pages (first visits)", 0);
        http(results, "http.article304", "article pages, conditional (304)", 2_000);
        if (results.getProperty("suggestions.p99") != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %-26s %-22s%n",
                    "ticket suggestions in-process (p50 / p99)",
                    results.getProperty("suggestions.p50") + " / " + results.getProperty("suggestions.p99") + " ms",
                    "(none)");
        }
        if (results.getProperty("import.seconds") != null) {
            System.out.printf("%-40s %-26s%n", "corpus import", results.getProperty("import.seconds") + " s");
        }
    }

    private static void tickets(Properties results) {
        System.out.println();
        System.out.println("==== Loket tickets on PostgreSQL: benchmark figures ====");
        System.out.printf("%-40s %-34s %-26s %s%n", "figure", "measured", "target", "");
        var capacity = GatlingSummary.TARGETS.get("TicketFormCapacity");
        var atTarget = GatlingSummary.TARGETS.get("TicketFormAtTarget");
        var desk = GatlingSummary.TARGETS.get("DeskQueueSimulation");
        for (var target : java.util.List.of(capacity, atTarget, desk)) {
            var key = target.key();
            var rps = results.getProperty(key + ".rps");
            String measured = "-";
            String verdict = "not run";
            if (rps != null) {
                measured = String.format(
                        Locale.ROOT,
                        "%,.0f req/s (p50 %s, p99 %s ms)",
                        Double.parseDouble(rps),
                        results.getProperty(key + ".p50"),
                        results.getProperty(key + ".p99"));
                verdict = target.met(
                                Double.parseDouble(rps),
                                Double.parseDouble(results.getProperty(key + ".p99")),
                                Double.parseDouble(results.getProperty(key + ".failed", "0")))
                        ? "MET"
                        : "MISSED";
            }
            System.out.printf("%-40s %-34s %-26s %s%n", target.label(), measured, target.describe(), verdict);
        }
        System.out.printf(
                "%-40s %-34s%n",
                "tickets in the database",
                String.format(
                        Locale.ROOT,
                        "%,d (%s)",
                        Long.parseLong(results.getProperty("tickets.count", "0")),
                        results.getProperty("tickets.generated")));
    }

    private static void http(Properties results, String key, String label, double target) {
        var rps = results.getProperty(key + ".rps");
        row(
                label,
                results,
                key + ".rps",
                v -> target == 0 || v >= target && "0".equals(results.getProperty(key + ".failed", "0")),
                rps == null
                        ? "-"
                        : String.format(
                                Locale.ROOT,
                                "%,.0f req/s (p99 %s ms)",
                                Double.parseDouble(rps),
                                results.getProperty(key + ".p99")),
                target == 0 ? "(none)" : String.format(Locale.ROOT, ">= %,.0f req/s", target));
    }

    private static void row(
            String label,
            Properties results,
            String key,
            java.util.function.DoublePredicate met,
            String measured,
            String target) {
        var value = results.getProperty(key);
        var verdict = value == null
                ? "not run"
                : target.startsWith("(none)") ? "" : met.test(Double.parseDouble(value)) ? "MET" : "MISSED";
        System.out.printf("%-40s %-26s %-22s %s%n", label, measured, target, verdict);
    }
}
