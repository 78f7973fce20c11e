package nl.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default as an operator meets it: start Loket on an empty data directory, stop it,
 * start it again. Runs on H2 only, because the H2 file database under the data directory is what
 * is being tested.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoketRestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart_and_the_generated_password_is_printed_only_on_the_first_start(CapturedOutput output) {
        try (var first = start()) {
            assertThat(first.getBean(AccountManagement.class).rolesOf(EmailAddress.of("admin@loket.test")))
                    .containsExactly(Role.ADMINISTRATOR);
        }
        assertThat(output.getOut()).containsOnlyOnce("Generated password (shown only this once)");
        assertThat(dataDir.resolve("db")).isDirectory();
        assertThat(Files.exists(dataDir.resolve("db/loket.mv.db"))).isTrue();

        try (var second = start()) {
            assertThat(second.getBean(AccountManagement.class).rolesOf(EmailAddress.of("admin@loket.test")))
                    .containsExactly(Role.ADMINISTRATOR);
        }
        assertThat(output.getOut()).containsOnlyOnce("Generated password (shown only this once)");
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the system properties the test JVM was given.
        return new SpringApplicationBuilder(LoketApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--loket.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir
                                + "/db/loket;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.jmx.enabled=false");
    }
}
