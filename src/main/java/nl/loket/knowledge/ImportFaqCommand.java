package nl.loket.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar loket.jar import-faq FILE}: imports a FAQ file into the configured database,
 * prints a summary and exits 0, or exits 1 with one clear message when the file cannot be read or
 * is not a FAQ file (and then nothing is imported).
 */
@Component
@ConditionalOnProperty(name = "loket.command", havingValue = "import-faq")
class ImportFaqCommand implements ApplicationRunner, ExitCodeGenerator {

    private final FaqImport faqImport;
    private final PrintStream out = System.out;
    private int exitCode = 0;

    ImportFaqCommand(FaqImport faqImport) {
        this.faqImport = faqImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        var files = args.getNonOptionArgs().stream()
                .filter(arg -> !arg.equals("import-faq"))
                .toList();
        if (files.size() != 1) {
            fail("Usage: java -jar loket.jar import-faq FILE");
            return;
        }
        var file = Path.of(files.getFirst());
        if (!Files.isReadable(file)) {
            fail("Cannot read " + file.toAbsolutePath() + ": no such file, or no permission to read it.");
            return;
        }
        try (var in = Files.newInputStream(file)) {
            var summary = faqImport.importFrom(in);
            faqImport.compactSearchIndexAfter(summary);
            out.printf(
                    "Imported %s: %d created, %d updated, %d unchanged, %d rejected.%n",
                    file.getFileName(),
                    summary.created(),
                    summary.updated(),
                    summary.unchanged(),
                    summary.rejected().size());
            summary.rejected()
                    .forEach(rejection -> out.printf(
                            "  rejected entry %d (%s): %s%n",
                            rejection.position(), rejection.id(), rejection.reason()));
        } catch (FaqImport.MalformedFile e) {
            fail(file.getFileName() + " was not imported. " + e.getMessage());
        } catch (IOException e) {
            fail("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private void fail(String message) {
        System.err.println(message);
        exitCode = 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
