package nl.loket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.loket.LoketApplication;
import nl.loket.knowledge.FaqEntry;
import nl.loket.knowledge.FaqImport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Imports a FAQ file through {@link FaqImport} in slices of a few hundred articles, each slice one
 * transaction. {@code java -jar loket.jar import-faq} does the same in a single transaction, whose
 * time grows with the square of the file (Hibernate checks every article already in the
 * transaction at each query): fine for a provider's FAQ, too slow for a 10,000-article corpus.
 *
 * <p>{@code CorpusImport FILE [SLICE] -- SPRING_ARGS…}: imports into the Loket that the Spring
 * arguments (or environment variables such as {@code LOKET_DATA_DIR}) describe, then exits.
 */
public final class CorpusImport {

    static final int DEFAULT_SLICE = 250;

    private CorpusImport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: CorpusImport FILE [SLICE] [--spring.property=value …]");
            System.exit(2);
        }
        var file = Path.of(args[0]);
        var slice = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : DEFAULT_SLICE;
        var springArgs = java.util.Arrays.stream(args)
                .filter(arg -> arg.startsWith("--"))
                .toArray(String[]::new);
        var context = new SpringApplicationBuilder(LoketApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgs);
        var faqImport = context.getBean(FaqImport.class);
        List<FaqEntry> entries;
        try (var in = Files.newInputStream(file)) {
            entries = faqImport.parse(in);
        }
        var started = System.nanoTime();
        var summary = importInSlices(faqImport, entries, slice);
        // As import-faq and the admin upload do after an import.
        faqImport.compactSearchIndex();
        System.out.printf(
                "Imported %s: %d created, %d updated, %d unchanged, %d rejected in %.1f s (slices of %d).%n",
                file.getFileName(),
                summary.created(),
                summary.updated(),
                summary.unchanged(),
                summary.rejected().size(),
                (System.nanoTime() - started) / 1e9,
                slice);
        System.exit(SpringApplication.exit(context) == 0 && summary.rejected().isEmpty() ? 0 : 1);
    }

    static FaqImport.Summary importInSlices(FaqImport faqImport, List<FaqEntry> entries, int slice) {
        int created = 0, updated = 0, unchanged = 0;
        var rejected = new java.util.ArrayList<FaqImport.Rejection>();
        for (int from = 0; from < entries.size(); from += slice) {
            var summary = faqImport.importEntries(entries.subList(from, Math.min(entries.size(), from + slice)));
            created += summary.created();
            updated += summary.updated();
            unchanged += summary.unchanged();
            rejected.addAll(summary.rejected());
        }
        return new FaqImport.Summary(created, updated, unchanged, rejected);
    }
}
