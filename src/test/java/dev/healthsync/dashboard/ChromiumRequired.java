package dev.healthsync.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser tests need Debian's Chromium and its chromedriver. Missing on a developer's machine: skipped with the
 * command that installs them. Missing in CI ({@code CI} set): the tests fail, because a green run without a browser
 * would say nothing about the dashboard.
 */
public final class ChromiumRequired implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
    }

    static ConditionEvaluationResult evaluate(Path chromium, Path chromedriver, String ci) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String missing = chromium + " or " + chromedriver + " is missing";
        if (ci != null) {
            throw new IllegalStateException("CI is set but " + missing
                    + ": install them (apt-get install chromium chromium-driver) instead of skipping the browser "
                    + "tests");
        }
        return ConditionEvaluationResult.disabled("Dashboard browser tests skipped: " + missing
                + "; install them with apt-get install chromium chromium-driver");
    }
}
