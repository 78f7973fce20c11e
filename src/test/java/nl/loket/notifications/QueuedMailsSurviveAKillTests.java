package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loket as an operator runs it, in processes of its own on one data directory, killed with
 * {@code SIGKILL} while it is sending: the mail that was queued, and even the one that was being
 * handed to the mail server at that moment, is delivered once the app runs again. No shared test
 * context: each process is a plain {@code LoketApplication} with the embedded defaults.
 */
class QueuedMailsSurviveAKillTests {

    private static final int SMTP_PORT = 3925;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void a_confirmation_mail_that_was_being_sent_when_the_app_was_killed_is_delivered_after_the_restart()
            throws Exception {
        try (var silentServer = new SilentSmtpServer()) {
            // First life: the mail server accepts connections but never answers, so the confirmation
            // mail is claimed and stuck in the middle of being sent when the process is killed.
            var first = start("first", silentServer.port());
            var guest = new WebSession(first.port());
            var sent = guest.postForm(
                    "/tickets/new",
                    Map.of(
                            "department", "techniek",
                            "subject", "Website offline na verhuizing",
                            "message", "Sinds de verhuizing naar het nieuwe pakket geeft mijn site een foutmelding.",
                            "email", "ilse@bloemenhuis-ilse.example",
                            "name", "Ilse Verbeek",
                            "website", "",
                            "_csrf", csrfOf(guest)));
            assertThat(sent.statusCode())
                    .as("the ticket form answers with a redirect")
                    .isEqualTo(302);
            var number = sent.headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceAll(".*/tickets/(\\d{4}-\\d{4}).*", "$1");
            assertThat(silentServer.awaitConnection(Duration.ofSeconds(60)))
                    .as("the first process starts sending the mail")
                    .isTrue();
            first.kill();
            assertThat(smtp.getReceivedMessages()).isEmpty();

            // Second life, on the same data directory, with a mail server that works.
            start("second", SMTP_PORT);
            assertThat(eventually(Duration.ofSeconds(90), () -> smtp.getReceivedMessages().length > 0))
                    .as("the queued mail is delivered after the restart")
                    .isTrue();
            var mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(1);
            assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("ilse@bloemenhuis-ilse.example");
            assertThat(mails[0].getSubject()).contains("[#" + number + "]");
        }
    }

    // --- the processes

    private record Running(Process process, int port) {
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Running start(String name, int smtpPort) throws Exception {
        var port = freePort();
        var log = data.resolveSibling(data.getFileName() + "-" + name + ".log");
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ProcessBuilder(
                        java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), "nl.loket.LoketApplication")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = command.environment();
        env.keySet().removeIf(key -> key.startsWith("LOKET_") || key.startsWith("SPRING_"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("LOKET_DATA_DIR", data.toString());
        env.put("LOKET_KNOWLEDGE_DEMO_CONTENT", "never");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
        env.put("LOKET_MAIL_POLL_INTERVAL", "1s");
        env.put("LOKET_MAIL_LEASE", "10s");
        env.put("LOKET_BASE_URL", "https://loket.test");
        var process = command.start();
        processes.add(process);
        var running = new Running(process, port);
        var client = new WebSession(port);
        var ready = eventually(START_TIMEOUT, () -> {
            if (!process.isAlive()) {
                return true;
            }
            try {
                return client.get("/actuator/health/readiness").statusCode() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        assertThat(ready && process.isAlive())
                .as("Loket (" + name + ") started; its log:\n" + tail(log))
                .isTrue();
        return running;
    }

    private static String csrfOf(WebSession session) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(session.get("/tickets/new").body());
        assertThat(matcher.find()).as("CSRF token on the ticket form").isTrue();
        return matcher.group(1);
    }

    private static boolean eventually(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.getAsBoolean();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Accepts SMTP connections and never says a word, like a mail server that hangs. */
    private static final class SilentSmtpServer implements AutoCloseable {

        private final ServerSocket server;
        private final CountDownLatch connected = new CountDownLatch(1);
        private final List<Socket> held = new ArrayList<>();

        SilentSmtpServer() throws IOException {
            server = new ServerSocket(0);
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        boolean awaitConnection(Duration timeout) throws InterruptedException {
            return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void accept() {
            try {
                while (!server.isClosed()) {
                    var socket = server.accept();
                    synchronized (held) {
                        held.add(socket);
                    }
                    connected.countDown();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() {
            try {
                server.close();
                synchronized (held) {
                    for (var socket : held) {
                        socket.close();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
