package nl.loket.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what one test JVM needs before any Spring context starts: a fresh data directory (so
 * the embedded H2 file database, and later the search index, start empty) and, when the run is the
 * PostgreSQL one, a throwaway database that is dropped again at the end.
 *
 * <p>Surefire decides which run this is with the {@code loket.test.database} system property; see
 * the two executions in {@code pom.xml}.
 */
public final class TestDatabaseSession implements LauncherSessionListener {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private Path dataDir;
    private String postgresDatabase;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        dataDir = createDataDir();
        System.setProperty("loket.data-dir", dataDir.toString());
        if (TestDatabase.current() == TestDatabase.POSTGRESQL) {
            openPostgres();
        }
    }

    /**
     * Spring closes the cached application contexts in a JVM shutdown hook, after this runs. The
     * database is therefore dropped from a shutdown hook of its own, retried until the context has
     * let go of its connections (forcing it earlier would leave the closing context waiting on
     * a database that is gone).
     */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        var database = postgresDatabase;
        var dir = dataDir;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (database != null) {
                                dropPostgres(database);
                            }
                            deleteRecursively(dir);
                        },
                        "loket-test-cleanup"));
    }

    private void openPostgres() {
        var server = TestDatabase.postgresServer();
        var name = "loket_test_" + LocalDateTime.now().format(STAMP) + "_"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        DriverManager.setLoginTimeout(5);
        try (var connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException unreachable) {
            TestDatabase.markPostgresUnavailable(
                    "PostgreSQL is not reachable at " + server.adminUrl() + " (" + unreachable.getMessage() + ")");
            return;
        }
        postgresDatabase = name;
        System.setProperty("spring.datasource.url", server.urlFor(name));
        System.setProperty("spring.datasource.username", server.user());
        System.setProperty("spring.datasource.password", server.password());
        System.out.println("[loket-test] database tests run on PostgreSQL, throwaway database " + name);
    }

    private static void dropPostgres(String database) {
        var server = TestDatabase.postgresServer();
        var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            var force = System.nanoTime() > deadline ? " with (force)" : "";
            try (var connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + force);
                return;
            } catch (SQLException stillInUse) {
                if (!force.isEmpty()) {
                    System.err.println(
                            "[loket-test] could not drop throwaway database " + database + ": " + stillInUse);
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("loket-test-data-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a data directory for the tests", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[loket-test] could not delete " + dir + ": " + e);
        }
    }
}
