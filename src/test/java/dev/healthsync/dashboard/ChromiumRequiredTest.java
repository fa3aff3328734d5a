package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests run with a browser, are skipped without one, and fail without one in CI. */
class ChromiumRequiredTest {

    @TempDir
    Path dir;

    @Test
    void bothExecutablesPresentRunsTheTests() throws IOException {
        Path chromium = executable("chromium");
        Path driver = executable("chromedriver");

        assertThat(ChromiumRequired.evaluate(chromium, driver, null).isDisabled()).isFalse();
        assertThat(ChromiumRequired.evaluate(chromium, driver, "true").isDisabled()).isFalse();
    }

    @Test
    void aMissingDriverSkipsWithTheInstallCommand() throws IOException {
        var result = ChromiumRequired.evaluate(executable("chromium"), dir.resolve("chromedriver"), null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("chromedriver is missing", "apt-get install chromium chromium-driver"));
    }

    @Test
    void aMissingBrowserInCiFails() {
        assertThatThrownBy(() -> ChromiumRequired.evaluate(dir.resolve("chromium"), dir.resolve("chromedriver"),
                "true")).isInstanceOf(IllegalStateException.class).hasMessageContaining("CI is set");
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
