package nl.loket.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.loket.LoketApplication;
import nl.loket.knowledge.FaqEntry;
import nl.loket.knowledge.FaqImport;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.SearchHit;
import nl.loket.knowledge.SearchResults;
import nl.loket.shared.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search latency in-process: Loket's Spring context without a web server, on a fresh data directory
 * (embedded H2 and Lucene), filled with the generated corpus through {@link FaqImport}. Each call
 * takes the next of the realistic queries (a few with typos, which take the typo-tolerant pass and
 * "did you mean"), as a reader's search and as ticket-form suggestions.
 *
 * <p>With the system property {@code loket.bench.data-template} the data directory starts as a
 * copy of that one (imported before by {@link CorpusImport}, as bench/run does, so that the import
 * is not repeated for every benchmark's fork). Otherwise the corpus in {@code loket.bench.corpus},
 * or one generated here with the default size and seed, is imported through {@link FaqImport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnowledgeSearchBenchmark {

    /** The API's default page size. */
    static final int SEARCH_LIMIT = 10;

    static final int SUGGESTION_LIMIT = 5;

    private final List<String> queries = lines("search-queries.txt");
    private final List<String> tickets = lines("ticket-texts.txt");
    private ConfigurableApplicationContext context;
    private KnowledgeBase knowledgeBase;
    private Path dataDir;
    private int nextQuery;
    private int nextTicket;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("loket-bench-");
        var template = System.getProperty("loket.bench.data-template");
        if (template != null && !template.isBlank()) {
            copy(Path.of(template), dataDir);
        }
        context = new SpringApplicationBuilder(LoketApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--loket.data-dir=" + dataDir,
                        "--loket.knowledge.demo-content=never",
                        // Every search against the index: the latency of the engine, not of the answer cache.
                        "--loket.knowledge.search-cache=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        if (template == null || template.isBlank()) {
            var started = System.nanoTime();
            var summary = importCorpus(context.getBean(FaqImport.class));
            System.out.printf(
                    "%n[bench] imported %d articles (%d rejected, in slices of %d) in %.1f s into %s%n",
                    summary.created() + summary.updated() + summary.unchanged(),
                    summary.rejected().size(),
                    CorpusImport.DEFAULT_SLICE,
                    (System.nanoTime() - started) / 1e9,
                    dataDir);
        } else {
            System.out.printf("%n[bench] started on a copy of %s in %s%n", template, dataDir);
        }
        knowledgeBase = context.getBean(KnowledgeBase.class);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public SearchResults search() {
        var query = queries.get(nextQuery++ % queries.size());
        return knowledgeBase.search(query, Language.NL, SEARCH_LIMIT);
    }

    @Benchmark
    public List<SearchHit> suggestions() {
        var text = tickets.get(nextTicket++ % tickets.size());
        return knowledgeBase.suggestions(text, Language.NL, SUGGESTION_LIMIT);
    }

    private static FaqImport.Summary importCorpus(FaqImport faqImport) throws IOException {
        var file = System.getProperty("loket.bench.corpus");
        List<FaqEntry> entries;
        if (file != null && !file.isBlank()) {
            try (var in = Files.newInputStream(Path.of(file))) {
                entries = faqImport.parse(in);
            }
        } else {
            entries = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(CorpusGenerator.DEFAULT_COUNT);
        }
        return CorpusImport.importInSlices(faqImport, entries, CorpusImport.DEFAULT_SLICE);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (var path : (Iterable<Path>) files::iterator) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    static List<String> lines(String resource) {
        try (InputStream in = KnowledgeSearchBenchmark.class.getResourceAsStream(resource)) {
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
}
