package nl.loket.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to the database: it runs on H2 and again on a throwaway PostgreSQL
 * database (the {@code postgresql-test} execution in {@code pom.xml} selects this tag). Declare it
 * before {@code @SpringBootTest} so that an unreachable server is reported before a context fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(PostgresAvailability.class)
public @interface DatabaseTest {}
