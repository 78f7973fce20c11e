package nl.loket.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The seed FAQ and the evaluation queries stay in {@code ../shared}, beside the project. Tests that
 * need them are skipped, with a line saying so, when it is absent.
 */
final class SharedSeeds {

    static final Path SHARED = Path.of("..", "shared");
    static final Path CORPUS = SHARED.resolve("seeds/faq-corpus.json");
    static final Path DEV_QUERIES = SHARED.resolve("eval/dev-queries.tsv");

    private SharedSeeds() {}

    static void assumePresent(Path file) {
        if (!Files.isReadable(file)) {
            System.err.println("[loket-test] SKIPPED: " + file.toAbsolutePath().normalize()
                    + " is missing (../shared must sit beside the project)");
        }
        Assumptions.assumeTrue(Files.isReadable(file), () -> "../shared is absent: " + file + " not found");
    }
}
