package dev.healthsync.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL tests run when the server is reachable. Unreachable on a developer's machine: skipped with a
 * message. Unreachable in CI ({@code CI} set): the tests fail, because a green run without PostgreSQL would hide
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
            throw new IllegalStateException("CI is set but PostgreSQL at 127.0.0.1:5432 is unreachable: "
                    + "start it (pg_ctlcluster … main start) instead of skipping its tests");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL at 127.0.0.1:5432 is unreachable; skipped");
    }
}
