package nl.loket.testsupport;

import java.util.Locale;

/** Which database this test JVM runs against, and how to reach the PostgreSQL server. */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    private static volatile String postgresUnavailable;

    public static TestDatabase current() {
        return valueOf(System.getProperty("loket.test.database", "h2").toUpperCase(Locale.ROOT));
    }

    /** Why PostgreSQL tests cannot run in this JVM, or {@code null} when they can. */
    static String postgresUnavailableReason() {
        return postgresUnavailable;
    }

    static void markPostgresUnavailable(String reason) {
        postgresUnavailable = reason;
    }

    /** In CI a skipped PostgreSQL test is a failure: {@code LOKET_TEST_REQUIRE_POSTGRES=true}. */
    static boolean postgresRequired() {
        return Boolean.parseBoolean(System.getenv("LOKET_TEST_REQUIRE_POSTGRES"));
    }

    static PostgresServer postgresServer() {
        return new PostgresServer(
                env("LOKET_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("LOKET_TEST_POSTGRES_USER", "postgres"),
                env("LOKET_TEST_POSTGRES_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A PostgreSQL server: {@code adminUrl} names a database to connect to for creating others. */
    record PostgresServer(String adminUrl, String user, String password) {

        String urlFor(String database) {
            var withoutQuery = adminUrl.split("\\?", 2);
            var base = withoutQuery[0].substring(0, withoutQuery[0].lastIndexOf('/') + 1) + database;
            return withoutQuery.length == 2 ? base + "?" + withoutQuery[1] : base;
        }
    }
}
