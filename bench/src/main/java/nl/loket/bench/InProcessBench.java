package nl.loket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link KnowledgeSearchBenchmark} in one forked JVM and prints p50/p99 per benchmark against
 * the target (search p99 at most 5 ms). System properties: {@code loket.bench.warmup} and
 * {@code loket.bench.measure} (seconds per iteration, default 10), {@code loket.bench.iterations}
 * (measured iterations, default 5), {@code loket.bench.results} (a file to write the figures to).
 * The forked JVM gets this JVM's options, so pass {@code -Dloket.bench.corpus=FILE} here.
 */
public final class InProcessBench {

    static final double SEARCH_P99_TARGET_MS = 5.0;

    private InProcessBench() {}

    public static void main(String[] args) throws RunnerException, IOException {
        var seconds = Integer.getInteger("loket.bench.measure", 10);
        var options = new OptionsBuilder()
                .include(KnowledgeSearchBenchmark.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(Integer.getInteger("loket.bench.warmup", seconds)))
                .measurementIterations(Integer.getInteger("loket.bench.iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .build();
        var results = new Runner(options).run();
        var report = new StringBuilder();
        System.out.println();
        System.out.println("==== In-process latency (JMH SampleTime, 1 thread, ms) ====");
        for (RunResult result : results) {
            var name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            var stats = result.getPrimaryResult().getStatistics();
            var p50 = stats.getPercentile(50);
            var p99 = stats.getPercentile(99);
            var target = name.equals("search")
                    ? String.format(
                            Locale.ROOT,
                            "target p99 <= %.0f ms: %s",
                            SEARCH_P99_TARGET_MS,
                            p99 <= SEARCH_P99_TARGET_MS ? "MET" : "MISSED")
                    : "no target";
            System.out.printf(
                    Locale.ROOT,
                    "%-12s p50 = %6.3f ms   p99 = %6.3f ms   (%,d samples; %s)%n",
                    name,
                    p50,
                    p99,
                    stats.getN(),
                    target);
            report.append(String.format(Locale.ROOT, "%s.p50=%.3f%n%s.p99=%.3f%n", name, p50, name, p99));
        }
        var file = System.getProperty("loket.bench.results");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), report);
        }
    }
}
