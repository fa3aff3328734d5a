package dev.healthsync.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL tests run when the server is reachable. Unreachable on a developer's machine: skipped, and
 * {@link SkippedSuites} prints the reason once. Unreachable in CI ({@code CI} set): the tests fail, because a green run without PostgreSQL would hide
 * half of the storage layer.
 */
public final class PostgresRequired implements ExecutionCondition {

    private static final boolean REACHABLE = TestDatabases.postgresReachable();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (REACHABLE) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI is set but nothing answers at " + TestDatabases.postgresServer()
                    + ": start PostgreSQL (pg_ctlcluster … main start) instead of skipping its tests");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: nothing answers at "
                + TestDatabases.postgresServer() + "; start PostgreSQL or set HEALTHSYNC_TEST_PG");
    }
}
