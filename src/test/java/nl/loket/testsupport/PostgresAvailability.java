package nl.loket.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips database tests, loudly, in the PostgreSQL run when no server is reachable; or fails them
 * when {@code LOKET_TEST_REQUIRE_POSTGRES=true} (as in CI), because there a skip would hide a gap.
 */
final class PostgresAvailability implements ExecutionCondition, BeforeAllCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var reason = unavailableReason();
        if (reason == null || TestDatabase.postgresRequired()) {
            return ConditionEvaluationResult.enabled("database available or required");
        }
        var message = "SKIPPED on PostgreSQL: " + reason
                + ". Start PostgreSQL or set LOKET_TEST_POSTGRES_URL; LOKET_TEST_REQUIRE_POSTGRES=true turns this skip into a failure.";
        System.err.println("[loket-test] " + context.getDisplayName() + " " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var reason = unavailableReason();
        if (reason != null) {
            throw new IllegalStateException(reason + ", and LOKET_TEST_REQUIRE_POSTGRES=true requires it.");
        }
    }

    private static String unavailableReason() {
        return TestDatabase.current() == TestDatabase.POSTGRESQL ? TestDatabase.postgresUnavailableReason() : null;
    }
}
