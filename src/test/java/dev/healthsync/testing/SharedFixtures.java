package dev.healthsync.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real exports and payloads of the conformance tests: {@code ../shared/fixtures} beside the project, a folder
 * the repository does not hold (they are real people's data, shared with the project's machines and CI). Without
 * it those tests are skipped with one line that says so ({@link SkippedSuites} prints it once).
 */
public final class SharedFixtures {

    /** Where the folder is looked for, relative to the project directory (Maven's working directory). */
    public static final Path ROOT = Path.of("..", "shared", "fixtures");

    private SharedFixtures() {
    }

    /** Skips the calling test, or every test of the class when called from {@code @BeforeAll}, without the file. */
    public static void assumePresent(Path fileOrFolder) {
        if (!Files.isDirectory(ROOT)) {
            Assumptions.abort("conformance tests skipped: " + ROOT + " not found (looked in "
                    + ROOT.toAbsolutePath().normalize() + "); put the shared fixtures folder beside the clone");
        }
        Assumptions.assumeTrue(Files.exists(fileOrFolder),
                () -> "conformance test skipped: " + fileOrFolder + " is missing from " + ROOT);
    }
}
