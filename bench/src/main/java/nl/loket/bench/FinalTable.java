package nl.loket.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The four figures the issue asks for, against their targets, from bench/run's results file. */
public final class FinalTable {

    private FinalTable() {}

    public static void main(String[] args) throws IOException {
        var results = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            results.load(in);
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
