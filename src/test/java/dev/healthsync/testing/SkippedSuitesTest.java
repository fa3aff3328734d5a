package dev.healthsync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skipped suites say why on the console, one line per reason however many tests and classes it skipped. */
class SkippedSuitesTest {

    @Test
    void oneLinePerReasonWithWhatItCost() {
        String printed = run(DisabledLikePostgres.class, AlsoDisabledLikePostgres.class, AbortedInBeforeAll.class,
                AbortedPerTest.class, Passing.class);

        assertThat(printed.lines()).containsExactly(
                "[skipped] PostgreSQL tests skipped: nothing answers here (3 tests in 2 classes)",
                "[skipped] conformance tests skipped: no fixtures (2 tests in SkippedSuitesTest$AbortedInBeforeAll)",
                "[skipped] one file missing (2 tests in SkippedSuitesTest$AbortedPerTest)");
    }

    @Test
    void aRunWithoutSkipsPrintsNothing() {
        assertThat(run(Passing.class)).isEmpty();
    }

    private static String run(Class<?>... classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            // only the listener under test, not the one registered for the whole run
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                    .build()).execute(request.build(), new SkippedSuites(out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static final class Unreachable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(
                org.junit.jupiter.api.extension.ExtensionContext context) {
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: nothing answers here");
        }
    }

    @ExtendWith(Unreachable.class)
    static class DisabledLikePostgres {
        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    @ExtendWith(Unreachable.class)
    static class AlsoDisabledLikePostgres {
        @Test
        void one() {
        }
    }

    static class AbortedInBeforeAll {
        @BeforeAll
        static void fixtures() {
            Assumptions.abort("conformance tests skipped: no fixtures");
        }

        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    static class AbortedPerTest {
        @Test
        void one() {
            Assumptions.abort("one file missing\nwith a second line nobody needs");
        }

        @Test
        void two() {
            Assumptions.abort("one file missing");
        }
    }

    static class Passing {
        @Test
        void passes() {
        }
    }
}
