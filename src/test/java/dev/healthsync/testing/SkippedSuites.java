package dev.healthsync.testing;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one console line per reason tests were skipped (disabled by a condition such as {@link PostgresRequired},
 * or aborted by an assumption such as {@link SharedFixtures}), once the run ends: what is missing, how to get it,
 * and how many tests it cost. Without it the reasons sit in the Surefire XML only, and a green run on a fresh clone
 * would not say that it left out PostgreSQL or the conformance suite. Registered for every test run through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedSuites implements TestExecutionListener {

    private final Map<String, Skip> skips = new LinkedHashMap<>();
    private final PrintStream out;
    private TestPlan plan;

    public SkippedSuites() {
        this(System.out);
    }

    SkippedSuites(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        record(identifier, reason);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(identifier, result.getThrowable().map(Throwable::getMessage).orElse(null));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        skips.forEach((reason, skip) -> out.printf("[skipped] %s (%d test%s in %s)%n", reason, skip.tests,
                skip.tests == 1 ? "" : "s", skip.classes.size() == 1 ? skip.classes.iterator().next()
                        : skip.classes.size() + " classes"));
        out.flush();
        skips.clear();
    }

    private void record(TestIdentifier identifier, String reason) {
        String line = reason == null || reason.isBlank() ? "no reason given" : reason.strip().lines().findFirst()
                .orElse(reason);
        Skip skip = skips.computeIfAbsent(line, key -> new Skip());
        skip.tests += identifier.isTest() ? 1 : plan == null ? 0
                : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
        skip.classes.add(className(identifier).orElse(identifier.getDisplayName()));
    }

    private static Optional<String> className(TestIdentifier identifier) {
        return identifier.getSource().map(source -> source instanceof ClassSource c ? c.getClassName()
                : source instanceof MethodSource m ? m.getClassName() : null)
                .map(name -> name.substring(name.lastIndexOf('.') + 1));
    }

    private static final class Skip {
        private long tests;
        private final Set<String> classes = new LinkedHashSet<>();
    }
}
